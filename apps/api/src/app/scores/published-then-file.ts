import { ACCEPTED_FILE_KINDS, type ErrorParams } from '@prgauge/contracts';
import type { FieldProblemInput } from '../common/api-error';
import { readNumberColumn } from '../common/tabular/number-column';
import { cellsBeyondHeader } from '../common/tabular/row-width';
import { cellText, readTabularFile, type TabularLimits } from '../common/tabular/tabular-table';
import type { UploadPolicy } from '../common/uploads/upload-policy';

/** One CSV file or XLSX workbook of at most 2 MB, as the body or the one file of a form. */
export const PUBLISHED_THEN_UPLOAD: UploadPolicy = {
  maxBytes: 2 * 1024 * 1024,
  maxFiles: 1,
  accept: ['csv', 'xlsx'],
  describe: ACCEPTED_FILE_KINDS.table,
  wholeBody: true,
};

/** Agencies one file may name: as many as a region may import at once. */
const MAX_ROWS = 5000;
const LIMITS: TabularLimits = {
  maxRows: MAX_ROWS,
  archive: { maxEntries: 200, maxUncompressedBytes: 20 * 1024 * 1024 },
};
const COLUMNS = ['agency_code', 'total', 'rank'] as const;

/** One agency's figures as published at the time; `line` is the file's line (the header is 1). */
export interface PublishedThenLine {
  line: number;
  agencyCode: string;
  total: number | null;
  rank: number | null;
}

export interface ParsedPublishedThen {
  rows: PublishedThenLine[];
  problems: FieldProblemInput[];
}

const at = (
  line: number,
  column: string,
  problem: string,
  code: FieldProblemInput['code'],
  params?: ErrorParams,
): FieldProblemInput => ({
  field: `row ${line}, ${column}`,
  code,
  ...(params ? { params } : {}),
  problems: [problem],
});

/**
 * Reads `agency_code, total, rank` from a CSV file or an XLSX workbook's first sheet through the common tabular
 * reader (encodings, separators, decimal marks, cell types). Totals are numbers ≥ 0 and ranks whole numbers ≥ 1;
 * either may be empty. Every problem is named by row and column, and a file with any problem yields no rows.
 */
export async function parsePublishedThenFile(
  kind: 'csv' | 'xlsx',
  content: Buffer,
): Promise<ParsedPublishedThen> {
  const { table, problems } = await readTabularFile(kind, content, LIMITS);
  if (!table) return { rows: [], problems };
  const header = table.header.map((h) => h.trim().toLowerCase());
  const found: FieldProblemInput[] = [];
  for (const column of COLUMNS)
    if (!header.includes(column))
      found.push({
        field: 'header',
        code: 'field.required',
        params: { value: column },
        problems: [`needs a "${column}" column`],
      });
  // A file of headers alone would replace the figures given before with none: refused as every import refuses it.
  if (table.rows.length === 0)
    found.push({
      field: 'file',
      code: 'field.too_few',
      params: { min: 1 },
      problems: ['has no agency rows'],
    });
  if (table.rows.length > MAX_ROWS || table.overLimit)
    found.push({
      field: 'file',
      code: 'field.too_many',
      params: { max: MAX_ROWS, count: table.rows.length, unit: 'rows' },
      problems: [`has ${table.rows.length} rows; at most ${MAX_ROWS}`],
    });
  found.push(...cellsBeyondHeader(table.header, table.rows));
  if (found.length) return { rows: [], problems: found };
  const column = (name: string) => table.rows.map((r) => r.cells[header.indexOf(name)] ?? '');
  const totals = readNumberColumn(column('total'), table.source.separator);
  const ranks = readNumberColumn(column('rank'), table.source.separator);
  const seen = new Map<string, number>();
  const rows = table.rows.map(({ line, cells }, i) => {
    const agencyCode = cellText(cells[header.indexOf('agency_code')]).trim();
    if (!agencyCode) found.push(at(line, 'agency_code', 'is empty', 'field.required'));
    const earlier = seen.get(agencyCode);
    if (earlier !== undefined)
      found.push(
        at(line, 'agency_code', `"${agencyCode}" repeats row ${earlier}`, 'field.taken', {
          value: agencyCode,
          line: earlier,
        }),
      );
    else if (agencyCode) seen.set(agencyCode, line);
    const total = totals[i];
    const rank = ranks[i];
    if (total !== null && (typeof total !== 'number' || total < 0))
      found.push(at(line, 'total', 'must be a number ≥ 0', 'field.type', { expected: 'number' }));
    if (rank !== null && (typeof rank !== 'number' || !Number.isInteger(rank) || rank < 1))
      found.push(at(line, 'rank', 'must be a whole number ≥ 1', 'field.type', { expected: 'integer' }));
    return {
      line,
      agencyCode,
      total: typeof total === 'number' ? total : null,
      rank: typeof rank === 'number' ? rank : null,
    };
  });
  return found.length ? { rows: [], problems: found } : { rows, problems: [] };
}
