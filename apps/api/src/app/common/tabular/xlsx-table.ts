import { Workbook } from 'exceljs';
import { checkArchiveBounds, type ArchiveLimits } from '../uploads/archive-bounds';
import type { TabularCell, TabularRow } from './tabular-table';
import { formulaWithoutValue, readXlsxCell } from './xlsx-cells';

/** The first sheet of a workbook: its name, the header row, the data rows after it, and whether rows went past the limit. */
export interface XlsxTable {
  /** The sheet's name as the workbook shows it on its tab. */
  sheet: string;
  header: string[];
  rows: TabularRow[];
  overLimit: boolean;
}

/**
 * Reads the first sheet (in tab order) of an XLSX workbook, once the archive is known to fit `limits` (413
 * `upload.archive_too_large` or `upload.archive_too_many_entries` otherwise). The first non-empty row is the
 * header; empty rows are skipped; rows keep the sheet's own numbers, so "row 7" points at row 7 of the sheet.
 * Cells are read by type (see readXlsxCell). Rows past `maxRows` mark the table overLimit and are dropped.
 *
 * The workbook is opened through the archive's central directory (`Workbook.xlsx.load`), not exceljs's
 * streaming reader: that one walks the entries in stored order and, under load, intermittently ends early or
 * reads a sheet before the workbook part (exceljs issue 3064), which fails a good file or, worse, leaves shared
 * strings as indices. The archive bounds above keep the whole-workbook read within memory.
 */
export async function readXlsxTable(
  content: Buffer,
  limits: ArchiveLimits,
  maxRows: number,
): Promise<XlsxTable> {
  await checkArchiveBounds(content, limits);
  const workbook = new Workbook();
  // exceljs declares its own Buffer type for load; Node's Buffer is what it reads.
  await workbook.xlsx.load(content as unknown as ArrayBuffer, {
    ignoreNodes: ['hyperlinks', 'dataValidations'],
  });
  const sheet = workbook.worksheets[0];
  let header: string[] | null = null;
  const rows: TabularRow[] = [];
  let overLimit = false;
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    if (overLimit) return;
    const cells: TabularCell[] = [];
    const formulas = new Map<number, string>();
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = readXlsxCell(cell);
      const formula = formulaWithoutValue(cell);
      if (formula !== null) formulas.set(column - 1, formula);
    });
    const filled = Array.from(cells, (c) => (typeof c === 'string' ? c.trim() : (c ?? '')));
    if (!filled.some((c) => c !== '') && formulas.size === 0) return;
    if (!header) {
      header = filled.map(String);
      return;
    }
    overLimit = rows.length >= maxRows;
    if (overLimit) return;
    rows.push({
      line: row.number,
      cells: filled,
      ...(formulas.size ? { formulasWithoutValue: formulas } : {}),
    });
  });
  return { sheet: sheet?.name ?? '', header: header ?? [], rows, overLimit };
}
