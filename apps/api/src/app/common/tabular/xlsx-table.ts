import { stream } from 'exceljs';
import { Readable } from 'node:stream';
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
 * Reads the first sheet of an XLSX workbook as a stream, once the archive is known to fit `limits` (413
 * `upload.archive_too_large` or `upload.archive_too_many_entries` otherwise). The first non-empty row is the
 * header; empty rows are skipped; rows keep the sheet's own numbers, so "row 7" points at row 7 of the sheet.
 * Cells are read by type (see readXlsxCell). Reading stops one row past `maxRows`. Only the row loop is left
 * early: the reader must reach the end of its loop over sheets, where it removes any temporary file it wrote.
 */
export async function readXlsxTable(
  content: Buffer,
  limits: ArchiveLimits,
  maxRows: number,
): Promise<XlsxTable> {
  await checkArchiveBounds(content, limits);
  const reader = new stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let header: string[] | null = null;
  const rows: TabularRow[] = [];
  let overLimit = false;
  let sheets = 0;
  let name = '';
  for await (const sheet of reader) {
    if (sheets++ > 0) continue;
    // The streaming reader names each sheet from the workbook's index; its typings leave the field out.
    name = String((sheet as unknown as { name?: unknown }).name ?? '');
    for await (const row of sheet) {
      const cells: TabularCell[] = [];
      const formulas = new Map<number, string>();
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = readXlsxCell(cell);
        const formula = formulaWithoutValue(cell);
        if (formula !== null) formulas.set(column - 1, formula);
      });
      const filled = Array.from(cells, (c) => (typeof c === 'string' ? c.trim() : (c ?? '')));
      if (!filled.some((c) => c !== '') && formulas.size === 0) continue;
      if (!header) {
        header = filled.map(String);
        continue;
      }
      overLimit = rows.length >= maxRows;
      if (overLimit) break;
      rows.push({
        line: row.number,
        cells: filled,
        ...(formulas.size ? { formulasWithoutValue: formulas } : {}),
      });
    }
  }
  return { sheet: name, header: header ?? [], rows, overLimit };
}
