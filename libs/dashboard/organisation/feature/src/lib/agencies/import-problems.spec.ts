import type { RefusedField } from '@prgauge/dashboard-i18n';
import { importProblemsByRow } from './import-problems';

describe('an import’s problems by row', () => {
  it('groups each row’s problems in file order, the file’s own problems first', () => {
    const details: RefusedField[] = [
      { field: 'row 12, pr_staff', code: 'field.type', params: { expected: 'number' } },
      { field: 'row 3, name', code: 'field.required' },
      { field: 'header', code: 'field.not_allowed', params: { value: 'phone' } },
      { field: 'row 3, code', code: 'field.taken', params: { value: 'MED' } },
    ];
    expect(importProblemsByRow(details)).toEqual([
      { row: null, problems: [{ column: 'header', problem: details[2] }] },
      {
        row: 3,
        problems: [
          { column: 'name', problem: details[1] },
          { column: 'code', problem: details[3] },
        ],
      },
      { row: 12, problems: [{ column: 'pr_staff', problem: details[0] }] },
    ]);
  });

  it('gives nothing for a refusal that names no field', () => {
    expect(importProblemsByRow([])).toEqual([]);
  });
});
