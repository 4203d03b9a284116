import { parseAgencyCsv } from './agency-csv';

describe('parseAgencyCsv', () => {
  it('reads names in four languages, the peer group and numeric attributes', () => {
    const csv =
      '\uFEFFcode,name_ru,name_fa,peer_group,pr_staff,attr_branches\r\nMED,"Медицинский университет, Бирдженд",دانشگاه علوم پزشکی,health,4,12\r\n';
    expect(parseAgencyCsv(csv)).toEqual({
      rows: [
        {
          code: 'MED',
          name: { ru: 'Медицинский университет, Бирдженд', fa: 'دانشگاه علوم پزشکی' },
          peerGroup: 'health',
          attributes: { prStaff: 4, branches: 12 },
        },
      ],
      problems: [],
    });
  });

  it('detects semicolons and decimal commas from spreadsheets', () => {
    const { rows } = parseAgencyCsv('code;name_en;pr_staff\nA;Agency A;2,5\n');
    expect(rows[0].attributes).toEqual({ prStaff: 2.5 });
  });

  it('reports every bad row with its line and column', () => {
    const { problems } = parseAgencyCsv(
      'code,name_en,pr_staff\nA,Agency A,two\n,Nameless code,1\nA,Again,1\nB,,1\n',
    );
    expect(problems).toEqual([
      { field: 'row 2, pr_staff', problems: ['"two" must be a number ≥ 0'] },
      { field: 'row 3, code', problems: ['"" must be 1–40 letters, digits, dots, dashes or underscores'] },
      { field: 'row 4, code', problems: ['"A" repeats row 2'] },
      {
        field: 'row 5, name',
        problems: ['needs a name in at least one language (name_ru, name_kk, name_fa or name_en)'],
      },
    ]);
  });

  it('refuses a file without rows or without a code column', () => {
    expect(parseAgencyCsv('code,name_en\n').problems).toEqual([
      { field: 'file', problems: ['has no agency rows'] },
    ]);
    expect(parseAgencyCsv('name_en\nX\n').problems).toEqual([
      { field: 'header', problems: ['needs a "code" column'] },
    ]);
  });
});
