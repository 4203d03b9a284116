import { csvSeparator, splitCsv } from './csv-table';

describe('splitCsv', () => {
  it('decides the separator by the header line: comma, semicolon or tab', () => {
    expect(csvSeparator('code,name_en,pr_staff')).toBe('comma');
    expect(csvSeparator('code;name_ru;name_en, short')).toBe('semicolon');
    expect(csvSeparator('code\tname_fa\tattr_followers')).toBe('tab');
    expect(csvSeparator('code')).toBe('comma');
  });

  it('splits a tab-separated file keeping empty cells and commas inside cells', () => {
    expect(splitCsv('code\tname_en\tattr_followers\r\nA\t\t12,500\r\nB\tTheatre, drama\t800\r\n')).toEqual({
      separator: 'tab',
      header: ['code', 'name_en', 'attr_followers'],
      rows: [
        { line: 2, cells: ['A', '', '12,500'] },
        { line: 3, cells: ['B', 'Theatre, drama', '800'] },
      ],
    });
  });

  it('numbers rows by the line they start on, past blank lines and quoted line breaks', () => {
    const { rows } = splitCsv('a;b\n\n1;"two\nlines"\n3;4\n');
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
  });
});
