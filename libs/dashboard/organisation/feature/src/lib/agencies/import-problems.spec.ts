import type { RefusedField } from '@prgauge/dashboard-shared-i18n';
import { decimalsOf, importProblemsByRow, previewAttributes } from './import-problems';

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

describe('previewAttributes', () => {
  it('lists the attributes the file sets besides PR staff, once each, in file order', () => {
    expect(
      previewAttributes([
        { attributes: { prStaff: 1, followers: 12500 } },
        { attributes: { branches: 2, followers: 800 } },
        { attributes: {} },
      ]),
    ).toEqual(['followers', 'branches']);
  });
});

describe('decimalsOf', () => {
  it('gives the decimals a number read from a file needs, so 12,500 read as thousands shows no fraction', () => {
    expect([12500, 1234.5, 1.67, 0.125, 1 / 3].map(decimalsOf)).toEqual([0, 1, 2, 3, 4]);
  });
});
