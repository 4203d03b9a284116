import { parseAgencyCsv } from './agency-file';

describe('parseAgencyCsv', () => {
  it('reads names in four languages, the peer group and numeric attributes', () => {
    const csv =
      '\uFEFFcode,name_ru,name_fa,peer_group,pr_staff,attr_branches\r\nMED,"Медицинский университет, Бирдженд",دانشگاه علوم پزشکی,health,4,12\r\n';
    expect(parseAgencyCsv(csv)).toEqual({
      rows: [
        {
          line: 2,
          code: 'MED',
          name: { ru: 'Медицинский университет, Бирдженд', fa: 'دانشگاه علوم پزشکی' },
          peerGroup: 'health',
          attributes: { prStaff: 4, branches: 12 },
        },
      ],
      problems: [],
      source: { format: 'csv', encoding: 'utf-8', separator: 'comma' },
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
      {
        code: 'field.type',
        field: 'row 2, pr_staff',
        params: { expected: 'number' },
        problems: ['"two" must be a number ≥ 0'],
      },
      {
        code: 'field.format',
        field: 'row 3, code',
        params: { format: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' },
        problems: ['"" must be 1–40 letters, digits, dots, dashes or underscores'],
      },
      {
        code: 'field.taken',
        field: 'row 4, code',
        params: { value: 'A', line: 2 },
        problems: ['"A" repeats row 2'],
      },
      {
        code: 'field.required',
        field: 'row 5, name',
        problems: ['needs a name in at least one language (name_ru, name_kk, name_fa or name_en)'],
      },
    ]);
  });

  it('refuses a file without rows or without a code column', () => {
    expect(parseAgencyCsv('code,name_en\n').problems).toEqual([
      { field: 'file', code: 'field.too_few', params: { min: 1 }, problems: ['has no agency rows'] },
    ]);
    expect(parseAgencyCsv('name_en\nX\n').problems).toEqual([
      { code: 'field.required', field: 'header', problems: ['needs a "code" column'] },
    ]);
  });
});

describe('parseAgencyCsv, quoting and layout', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks, and counts rows by the line they start on', () => {
    const csv =
      'code,name_en,pr_staff\r\nA,"Press ""North"" office",1\r\nB,"Two\r\nlines",x\r\n\r\nC,Third,-1\r\n';
    const { problems } = parseAgencyCsv(csv);
    expect(problems).toEqual([
      {
        code: 'field.type',
        field: 'row 3, pr_staff',
        params: { expected: 'number' },
        problems: ['"x" must be a number ≥ 0'],
      },
      {
        code: 'field.type',
        field: 'row 6, pr_staff',
        params: { expected: 'number' },
        problems: ['"-1" must be a number ≥ 0'],
      },
    ]);
    const { rows } = parseAgencyCsv('code,name_en\nA,"Press ""North"" office"\nB,"Two\nlines"\n');
    expect(rows.map((r) => [r.line, r.name.en])).toEqual([
      [2, 'Press "North" office'],
      [3, 'Two\nlines'],
    ]);
  });

  it('turns attr_ columns into camelCase attributes and refuses unknown or repeated columns', () => {
    const { rows } = parseAgencyCsv('Code;Name_RU;Peer_Group;attr_press_officers\nA;Первое;Health;3\n');
    expect(rows).toEqual([
      { line: 2, code: 'A', name: { ru: 'Первое' }, peerGroup: 'health', attributes: { pressOfficers: 3 } },
    ]);
    expect(parseAgencyCsv('code,name_en,pr_stuff,code\nA,B,1,A\n').problems).toEqual([
      {
        code: 'field.not_allowed',
        field: 'header',
        params: { value: 'pr_stuff' },
        problems: ['has an unknown column "pr_stuff" (attributes are written attr_<name>)'],
      },
      {
        code: 'field.not_allowed',
        field: 'header',
        params: { value: 'code' },
        problems: ['repeats the column "code"'],
      },
    ]);
    expect(parseAgencyCsv('code,name_en,attr_\nA,B,1\n').problems).toEqual([
      {
        field: 'header',
        code: 'field.format',
        params: { value: 'attr_', format: 'attr_<letters and digits>' },
        problems: ['"attr_" must be attr_ and a name of letters and digits'],
      },
    ]);
  });

  it('reports broken quoting by its line and cell, and a row with cells beyond the header by its row', () => {
    expect(parseAgencyCsv('code,name_en\nA,"unclosed\n').problems).toEqual([
      {
        field: 'row 2, name_en',
        code: 'file.csv_quote_not_closed',
        params: { line: 2, column: 2 },
        problems: [expect.stringMatching(/^Line 2, cell 2: the quote that opens the cell is never closed/)],
      },
    ]);
    expect(parseAgencyCsv('code,name_en\nA,B,C\nD,E,\n').problems).toEqual([
      {
        field: 'row 2, columns',
        code: 'field.too_many',
        params: { max: 2, unit: 'columns' },
        problems: ['has 3 cells; the header names 2 columns'],
      },
    ]);
  });

  it('accepts plain numbers only', () => {
    const { problems } = parseAgencyCsv('code,name_en,pr_staff\nA,B,1e3\nC,D,0x10\nE,F,3.5\n');
    expect(problems.map((p) => p.field)).toEqual(['row 2, pr_staff', 'row 3, pr_staff']);
  });
});
