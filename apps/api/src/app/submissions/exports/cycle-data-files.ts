import { csvCell } from '@prgauge/contracts';
import { Workbook } from 'exceljs';
import { type CycleDataTable, DATA_COLUMNS, exactDecimal } from './cycle-data-table';

/** The sheets' names: machine words, like the columns, so a file reads the same in every language. */
const SHEETS = { filled: 'values', rated: 'ratings', submissions: 'submissions' } as const;
const SUBMISSION_COLUMNS = ['agency_code', 'agency_name', 'submission_status', 'review_comments'];

/**
 * The data as CSV: the agencies' indicators only (what the value import takes back), comma-separated, CRLF
 * lines, UTF-8 with a byte-order mark so that Excel opens Cyrillic and Persian right, never Windows-1251.
 * Values are written in full (see `exactDecimal`); text cells that a spreadsheet would run as a formula are
 * neutralised with an apostrophe, which the import reads back without it.
 */
export function cycleDataCsv(table: CycleDataTable): Buffer {
  const lines = [
    [...DATA_COLUMNS].map(csvCell),
    ...table.filled.map((row) =>
      row.map((cell, i) => (i === 2 ? (cell === null ? '' : exactDecimal(cell as number)) : csvCell(cell))),
    ),
  ];
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`, 'utf8');
}

/**
 * The data as an XLSX workbook: the agencies' indicators on the first sheet (the import's long format, values
 * as numeric cells holding the stored double), the evaluators' ratings on the second, and each submission's
 * state and comments on the whole on the third. Headers are frozen; `history` adds a note that the cycle is
 * imported history.
 */
export async function cycleDataWorkbook(table: CycleDataTable, history: string | null): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = (name: string, header: readonly string[], rows: readonly (string | number | null)[][]) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...header]).font = { bold: true };
    // An empty text is an empty cell, as a person typing the sheet would leave it.
    worksheet.addRows(rows.map((row) => row.map((cell) => (cell === '' ? null : cell))));
    worksheet.columns.forEach((column, i) => (column.width = i < 3 ? 16 : 28));
    return worksheet;
  };
  sheet(SHEETS.filled, DATA_COLUMNS, table.filled);
  sheet(SHEETS.rated, DATA_COLUMNS, table.rated);
  const submissions = sheet(SHEETS.submissions, SUBMISSION_COLUMNS, table.submissions);
  if (history) submissions.addRows([[], [history]]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
