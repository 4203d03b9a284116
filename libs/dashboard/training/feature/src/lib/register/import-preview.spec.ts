import { importProblemsOf, isRegisterFile } from './import-preview';

describe('importProblemsOf', () => {
  it('groups cell problems by line in file order and keeps file problems apart', () => {
    const problems = importProblemsOf([
      { field: 'row 7, hours', problems: ['"x" must be a number of hours ≥ 0'] },
      { field: 'row 3, agency', problems: ['"ZZZ" is not an agency code of the event\'s region'] },
      { field: 'row 7, audience', problems: ['"boss" must be one of pr_staff, other'] },
      { field: 'header', problems: ['needs a "participant_name" column'] },
    ]);
    expect(problems.file).toEqual(['header: needs a "participant_name" column']);
    expect(problems.lines).toEqual([
      {
        line: 3,
        problems: [{ column: 'agency', text: '"ZZZ" is not an agency code of the event\'s region' }],
      },
      {
        line: 7,
        problems: [
          { column: 'hours', text: '"x" must be a number of hours ≥ 0' },
          { column: 'audience', text: '"boss" must be one of pr_staff, other' },
        ],
      },
    ]);
  });

  it('has nothing to say about a clean file', () => {
    expect(importProblemsOf([])).toEqual({ file: [], lines: [] });
  });
});

describe('isRegisterFile', () => {
  it('takes CSV and XLSX files and refuses others', () => {
    expect(isRegisterFile({ name: 'register.CSV', type: '' })).toBe(true);
    expect(isRegisterFile({ name: 'register.xlsx', type: '' })).toBe(true);
    expect(isRegisterFile({ name: 'photo.png', type: 'image/png' })).toBe(false);
  });
});
