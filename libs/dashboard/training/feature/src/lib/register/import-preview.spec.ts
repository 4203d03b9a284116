import type { RefusedField } from '@prgauge/dashboard-shared-i18n';
import { importProblemsOf, isRegisterFile } from './import-preview';

/** Words a problem by its code and field, so the test sees which problem went where. */
const textOf = (p: RefusedField) => `${p.code}@${p.field}`;

describe('importProblemsOf', () => {
  it('groups cell problems by line in file order and keeps file problems apart', () => {
    const problems = importProblemsOf(
      [
        { field: 'row 7, hours', code: 'field.too_large', params: { max: 8 } },
        { field: 'row 3, agency', code: 'field.unknown_reference' },
        { field: 'row 7, audience', code: 'field.not_in_list' },
        { field: 'header', code: 'field.required' },
      ],
      textOf,
    );
    expect(problems.file).toEqual(['header: field.required@header']);
    expect(problems.lines).toEqual([
      { line: 3, problems: [{ column: 'agency', text: 'field.unknown_reference@row 3, agency' }] },
      {
        line: 7,
        problems: [
          { column: 'hours', text: 'field.too_large@row 7, hours' },
          { column: 'audience', text: 'field.not_in_list@row 7, audience' },
        ],
      },
    ]);
  });

  it('names each column and the header by the reader’s words, and keeps a heading it cannot name', () => {
    const words: Record<string, string> = { agency: 'دستگاه یا رسانه', header: 'سطر سرستون‌ها' };
    const problems = importProblemsOf(
      [
        { field: 'row 2, agency', code: 'field.unknown_reference' },
        { field: 'row 2, نام', code: 'field.not_allowed' },
        { field: 'header', code: 'field.required' },
      ],
      textOf,
      (column) => words[column],
    );
    expect(problems.file).toEqual(['سطر سرستون‌ها: field.required@header']);
    expect(problems.lines[0].problems.map((p) => p.column)).toEqual(['دستگاه یا رسانه', 'نام']);
  });

  it('has nothing to say about a clean file', () => {
    expect(importProblemsOf([], textOf)).toEqual({ file: [], lines: [] });
  });
});

describe('isRegisterFile', () => {
  it('takes CSV and XLSX files and refuses others', () => {
    expect(isRegisterFile({ name: 'register.CSV', type: '' })).toBe(true);
    expect(isRegisterFile({ name: 'register.xlsx', type: '' })).toBe(true);
    expect(isRegisterFile({ name: 'photo.png', type: 'image/png' })).toBe(false);
  });
});
