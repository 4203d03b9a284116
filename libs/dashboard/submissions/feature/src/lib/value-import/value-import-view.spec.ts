import type { LocalizedText, ValueImportProblem } from '@prgauge/contracts';
import { problemParams, resultHeading } from './value-import-view';

describe('value import page: what the result says', () => {
  it('says saved only once a queued apply is done, running before, and not saved when it failed', () => {
    expect(resultHeading('checked', false, null)).toBe('valueImport.result.checked');
    expect(resultHeading('applied', false, null)).toBe('valueImport.result.applied');
    expect(resultHeading('applied', true, null)).toBe('valueImport.result.running');
    expect(resultHeading('applied', true, 'queued')).toBe('valueImport.result.running');
    expect(resultHeading('applied', true, 'running')).toBe('valueImport.result.running');
    expect(resultHeading('applied', true, 'failed')).toBe('valueImport.result.failed');
    expect(resultHeading('applied', true, 'done')).toBe('valueImport.result.applied');
  });

  it("names a problem's indicator by its title in the reader's language, keeping the key otherwise", () => {
    const problem: ValueImportProblem = {
      sheet: 'Data',
      row: 6,
      column: 'B',
      code: 'value_import.not_filled_by_agencies',
      params: { indicator: 'media.quality', source: 'evaluator' },
      indicatorName: { ru: 'Качество', en: 'Quality' },
    };
    const ru = (name: LocalizedText | string) => (typeof name === 'string' ? name : (name.ru ?? ''));
    expect(problemParams(problem, ru)).toEqual({ indicator: 'Качество', source: 'evaluator' });
    const unnamed = { ...problem, indicatorName: undefined, params: { value: 'media.nothing' } };
    expect(problemParams(unnamed, ru)).toEqual({ value: 'media.nothing' });
  });
});
