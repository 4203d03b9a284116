import { stream, type CellValue } from 'exceljs';
import { Readable } from 'node:stream';
import { checkArchiveBounds, type ArchiveLimits } from '../common/uploads/archive-bounds';
import { AGENCY_MAX_ROWS, readAgencyTable, type AgencyTableRow, type ParsedAgencyCsv } from './agency-csv';

/** A list of AGENCY_MAX_ROWS agencies takes well under a megabyte unpacked; twenty leave room for styles. */
const WORKBOOK_LIMITS: ArchiveLimits = { maxEntries: 200, maxUncompressedBytes: 20 * 1024 * 1024 };

/**
 * Reads an agency list from the first sheet of an XLSX workbook: the same columns as the CSV (see
 * `parseAgencyCsv`), the first non-empty row naming them. The archive is bounded before it is parsed (413
 * `upload.archive_too_large` or `upload.archive_too_many_entries`); problems name the sheet's own row numbers.
 */
export async function parseAgencyWorkbook(content: Buffer): Promise<ParsedAgencyCsv> {
  await checkArchiveBounds(content, WORKBOOK_LIMITS);
  let table: { header: string[]; rows: AgencyTableRow[] };
  try {
    table = await firstSheet(content);
  } catch (error) {
    return {
      rows: [],
      problems: [
        {
          field: 'file',
          code: 'field.format',
          params: { format: 'XLSX' },
          problems: [`is not a valid XLSX workbook: ${(error as Error).message}`],
        },
      ],
    };
  }
  // Numbers come out of cells with a decimal point, never a comma, so they read as a comma-separated file's.
  return readAgencyTable(table.header, table.rows, ',');
}

async function firstSheet(content: Buffer): Promise<{ header: string[]; rows: AgencyTableRow[] }> {
  const reader = new stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let header: string[] | null = null;
  const rows: AgencyTableRow[] = [];
  let sheets = 0;
  for await (const sheet of reader) {
    if (sheets++ > 0) continue;
    for await (const row of sheet) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellText(cell.value)));
      const filled = Array.from(cells, (c) => (c ?? '').trim());
      if (!filled.some(Boolean)) continue;
      if (!header) {
        header = filled;
        continue;
      }
      const columns = header;
      rows.push({
        line: row.number,
        record: Object.fromEntries(columns.map((name, i) => [name, filled[i] ?? ''])),
      });
      // One row past the limit is enough to refuse the file.
      if (rows.length > AGENCY_MAX_ROWS) break;
    }
  }
  return { header: header ?? [], rows };
}

/** The text a person sees in a cell: a formula's cached result, a number as written, rich text joined. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result as CellValue);
  return '';
}
