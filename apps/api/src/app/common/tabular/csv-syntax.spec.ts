import { CsvSyntaxError } from './csv-syntax';
import { splitCsv } from './csv-table';
import { readTabularFile, type TabularLimits } from './tabular-table';

const LIMITS: TabularLimits = {
  maxRows: 5000,
  archive: { maxEntries: 50, maxUncompressedBytes: 1024 * 1024 },
};

/** The problem splitCsv throws for a text, or the text's table when it reads. */
function problemOf(text: string) {
  try {
    return splitCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error.problem;
    throw error;
  }
}

/** 2,000 good rows of `code;name;staff`, then the given line: the fault sits on line 2,002. */
const longFileEndingWith = (line: string) =>
  ['code;name;staff', ...Array.from({ length: 2000 }, (_, i) => `A${i};Agency ${i};${i % 7}`), line].join(
    '\r\n',
  );

describe('broken CSV quoting is named by its line and cell', () => {
  it('names an opening quote never closed by the line its row starts on, past 2,000 rows', () => {
    expect(problemOf(`${longFileEndingWith('B1;"Akimat;3')}\r\nB2;Other;4\r\n`)).toEqual({
      field: 'row 2002, name',
      code: 'file.csv_quote_not_closed',
      params: { line: 2002, column: 2 },
      problems: [
        'Line 2002, cell 2: the quote that opens the cell is never closed; close it, or double a quote meant as text ("")',
      ],
    });
  });

  it('names a quote in the middle of an unquoted cell', () => {
    expect(problemOf(longFileEndingWith('B1;Akimat "North;3'))).toMatchObject({
      field: 'row 2002, name',
      code: 'file.csv_quote_inside_cell',
      params: { line: 2002, column: 2 },
    });
  });

  it('names text after a closing quote, whether it follows the quote or a space', () => {
    for (const cell of ['"Akimat"North', '"Akimat" North'])
      expect(problemOf(`code,name,staff\nA,Good,1\nB,${cell},2\n`)).toMatchObject({
        field: 'row 3, name',
        code: 'file.csv_text_after_quote',
        params: { line: 3, column: 2 },
      });
  });

  it('counts lines past blank lines and quoted line breaks, and a CR inside a quoted cell as no line', () => {
    expect(problemOf('code;name;staff\n\n\nA;"two\nlines";1\nB;"x\ry";2\nC;Bad"quote;3\n')).toMatchObject({
      field: 'row 7, name',
      params: { line: 7, column: 2 },
    });
  });

  it('names a fault in the header as the header, and a cell past the header by its letters', () => {
    expect(problemOf('code;na"me\nA;B\n')).toMatchObject({
      field: 'header',
      code: 'file.csv_quote_inside_cell',
      params: { line: 1, column: 2 },
    });
    expect(problemOf('code;name\nA;B;C;"D"E\n')).toMatchObject({
      field: 'row 2, D',
      params: { line: 2, column: 4 },
    });
  });

  it('is what the one reader of every import answers, for CSV in any encoding', async () => {
    const bytes = Buffer.from('code;name_ru\r\nA;Акимат "Север\r\n', 'utf-8');
    await expect(readTabularFile('csv', bytes, LIMITS)).resolves.toEqual({
      table: null,
      problems: [
        expect.objectContaining({ code: 'file.csv_quote_inside_cell', params: { line: 2, column: 2 } }),
      ],
    });
  });
});
