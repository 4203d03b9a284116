import { csvCell, neutraliseCsvText, restoreCsvText } from './csv-cells';

describe('CSV cells', () => {
  it('prefixes text a spreadsheet would run as a formula, tab and carriage return included', () => {
    expect(['=SUM(A1)', '+7', '-x', '@cmd', '\tname', '\rname'].map(neutraliseCsvText)).toEqual([
      "'=SUM(A1)",
      "'+7",
      "'-x",
      "'@cmd",
      "'\tname",
      "'\rname",
    ]);
    expect(neutraliseCsvText('Akimat')).toBe('Akimat');
    expect(neutraliseCsvText("'quoted")).toBe("'quoted");
  });

  it('writes numbers as numbers, a negative one included, and quotes separators', () => {
    expect([csvCell(-2), csvCell(72.46), csvCell(null), csvCell('a,b'), csvCell('a;b')]).toEqual([
      '-2',
      '72.46',
      '',
      '"a,b"',
      '"a;b"',
    ]);
    expect(csvCell('\rname')).toBe(`"'\rname"`);
  });

  it('restores exactly what it neutralised, apostrophes of the text itself included', () => {
    const texts = ['=1+1', '-', "'=1", "''+2", "'plain", 'plain', '', '\t', '\r\n', "'"];
    expect(texts.map((t) => restoreCsvText(neutraliseCsvText(t)))).toEqual(texts);
  });
});
