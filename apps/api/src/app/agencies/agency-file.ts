import {
  ACCEPTED_FILE_KINDS,
  type ErrorParams,
  type ImportedFileSource,
  type LocalizedText,
} from '@prgauge/contracts';
import type { FieldProblemInput } from '../common/api-error';
import { CsvSyntaxError } from '../common/tabular/csv-syntax';
import { splitCsv } from '../common/tabular/csv-table';
import { readNumberColumns, type NumberReading } from '../common/tabular/number-column';
import { cellsBeyondHeader } from '../common/tabular/row-width';
import {
  cellText,
  readTabularFile,
  type TabularLimits,
  type TabularRow,
  type TabularTable,
} from '../common/tabular/tabular-table';
import type { UploadPolicy } from '../common/uploads/upload-policy';

/** One CSV file or XLSX workbook, as the body or as the one file of a form, of at most 2 MB. */
export const AGENCY_CSV_UPLOAD: UploadPolicy = {
  maxBytes: 2 * 1024 * 1024,
  maxFiles: 1,
  accept: ['csv', 'xlsx'],
  describe: ACCEPTED_FILE_KINDS.table,
  wholeBody: true,
};

export interface AgencyRow {
  /** The line of the file the row starts on, counting the header as line 1. */
  line: number;
  code: string;
  name: LocalizedText;
  peerGroup: string | null;
  attributes: Record<string, number>;
}

export interface ParsedAgencyCsv {
  rows: AgencyRow[];
  problems: FieldProblemInput[];
  /** How the file was read; null when it could not be read as a table at all. */
  source: ImportedFileSource | null;
}

const NAME_COLUMNS = { name_ru: 'ru', name_kk: 'kk', name_fa: 'fa', name_en: 'en' } as const;
const PLAIN_COLUMNS = new Set(['code', 'peer_group', 'pr_staff', ...Object.keys(NAME_COLUMNS)]);
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
/** Agencies one file may create. */
export const AGENCY_MAX_ROWS = 5000;
const MAX_ROWS = AGENCY_MAX_ROWS;
/** Characters of one name, as the agency form takes them. */
const MAX_NAME = 300;
/** A list of AGENCY_MAX_ROWS agencies takes well under a megabyte unpacked; twenty leave room for styles. */
const LIMITS: TabularLimits = {
  maxRows: MAX_ROWS,
  archive: { maxEntries: 200, maxUncompressedBytes: 20 * 1024 * 1024 },
};

/**
 * Reads an agency list from a CSV file or the first sheet of an XLSX workbook (see readTabularFile for
 * encodings, separators and cell types): `code,name_ru,name_kk,name_fa,name_en,peer_group,pr_staff` plus any
 * `attr_<name>` numeric columns (`attr_press_officers` becomes the attribute `pressOfficers`; numbers as
 * readNumberColumn reads them). Every problem is reported with its row and column, and a file with any
 * problem yields no rows.
 */
export async function parseAgencyFile(kind: 'csv' | 'xlsx', content: Buffer): Promise<ParsedAgencyCsv> {
  const { table, problems } = await readTabularFile(kind, content, LIMITS);
  return table ? readAgencyTable(table) : { rows: [], problems, source: null };
}

/** Reads already decoded CSV text, as parseAgencyFile does a UTF-8 file. */
export function parseAgencyCsv(text: string): ParsedAgencyCsv {
  try {
    const { separator, header, rows } = splitCsv(text);
    return readAgencyTable({
      source: { format: 'csv', encoding: 'utf-8', separator },
      sheet: null,
      header,
      rows,
      overLimit: false,
    });
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], problems: [error.problem], source: null };
    const problem = `is not valid CSV: ${(error as Error).message}`;
    return {
      rows: [],
      problems: [{ field: 'file', code: 'field.format', params: { format: 'CSV' }, problems: [problem] }],
      source: null,
    };
  }
}

/**
 * Reads agency rows once a file's table is known: checks the header, the row count and every row, naming each
 * problem by row and column. Number columns are read whole, so a column's cells decide its decimal mark.
 */
export function readAgencyTable(table: TabularTable): ParsedAgencyCsv {
  const { header, rows: records, source } = table;
  const problems = headerProblems(header);
  if (records.length === 0)
    problems.push({
      field: 'file',
      code: 'field.too_few',
      params: { min: 1 },
      problems: ['has no agency rows'],
    });
  if (records.length > MAX_ROWS || table.overLimit)
    problems.push({
      field: 'file',
      code: 'field.too_many',
      params: { max: MAX_ROWS, count: records.length, unit: 'rows' },
      problems: [`has ${records.length} rows; at most ${MAX_ROWS} at a time`],
    });
  if (problems.length) return { rows: [], problems, source };

  // The attribute columns are read together: one column's "2,5" tells how another's "12,500" reads.
  const attributeCols = header.flatMap((column, i) => (attributeName(column) ? [i] : []));
  const read = readNumberColumns(
    attributeCols.map((i) => records.map((r) => r.cells[i] ?? '')),
    source.separator,
  );
  const numbers = new Map(attributeCols.map((i, c) => [i, read[c]] as const));
  const seen = new Map<string, number>();
  const rows = records.map(({ cells, line }, index) => {
    const row = readRow(header, cells, line, (i) => numbers.get(i)?.[index] ?? null, problems);
    const earlier = seen.get(row.code);
    if (earlier !== undefined)
      problems.push(
        at(line, 'code', `"${row.code}" repeats row ${earlier}`, 'field.taken', {
          value: row.code,
          line: earlier,
        }),
      );
    else if (row.code) seen.set(row.code, line);
    return row;
  });
  return problems.length ? { rows: [], problems, source } : { rows, problems, source };
}

/** `attr_press_officers` → `pressOfficers`; `pr_staff` → `prStaff`; null for a column that is no attribute. */
export function attributeName(column: string): string | null {
  const lower = column.toLowerCase();
  if (lower === 'pr_staff') return 'prStaff';
  if (!lower.startsWith('attr_')) return null;
  return column.slice(5).replace(/_+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function headerProblems(header: string[]): FieldProblemInput[] {
  const problems: FieldProblemInput[] = [];
  const lower = header.map((h) => h.toLowerCase());
  if (!lower.includes('code'))
    problems.push({ field: 'header', code: 'field.required', problems: ['needs a "code" column'] });
  lower.forEach((name, i) => {
    if (lower.indexOf(name) !== i)
      problems.push({
        field: 'header',
        code: 'field.not_allowed',
        params: { value: name },
        problems: [`repeats the column "${name}"`],
      });
    else if (!PLAIN_COLUMNS.has(name) && !name.startsWith('attr_'))
      problems.push({
        field: 'header',
        code: 'field.not_allowed',
        params: { value: header[i] },
        problems: [`has an unknown column "${header[i]}" (attributes are written attr_<name>)`],
      });
    else if (name.startsWith('attr_') && !ATTRIBUTE.test(attributeName(header[i]) ?? ''))
      problems.push({
        field: 'header',
        code: 'field.format',
        params: { value: header[i], format: 'attr_<letters and digits>' },
        problems: [`"${header[i]}" must be attr_ and a name of letters and digits`],
      });
  });
  return problems;
}

function readRow(
  header: string[],
  cells: TabularRow['cells'],
  line: number,
  number: (column: number) => NumberReading | null,
  problems: FieldProblemInput[],
): AgencyRow {
  const lower = header.map((h) => h.toLowerCase());
  problems.push(...cellsBeyondHeader(header, [{ line, cells }]));
  const value = (column: string) => {
    const i = lower.indexOf(column);
    return i < 0 ? '' : cellText(cells[i]);
  };
  const code = value('code');
  if (!CODE.test(code))
    problems.push(
      at(
        line,
        'code',
        `"${code}" must be 1–40 letters, digits, dots, dashes or underscores`,
        'field.format',
        {
          format: CODE.source,
        },
      ),
    );
  const name: LocalizedText = {};
  for (const [column, locale] of Object.entries(NAME_COLUMNS)) {
    const text = value(column);
    if (text.length > MAX_NAME)
      problems.push(
        at(line, column, `is longer than ${MAX_NAME} characters`, 'field.too_long', { max: MAX_NAME }),
      );
    else if (text) name[locale] = text;
  }
  if (Object.keys(name).length === 0)
    problems.push(
      at(
        line,
        'name',
        'needs a name in at least one language (name_ru, name_kk, name_fa or name_en)',
        'field.required',
      ),
    );
  const attributes: Record<string, number> = {};
  header.forEach((column, i) => {
    const attribute = attributeName(column);
    const reading = attribute ? number(i) : null;
    if (!attribute || reading === null) return;
    if (typeof reading === 'number' && reading >= 0) attributes[attribute] = reading;
    else problems.push(numberProblem(line, lower[i], reading));
  });
  return { line, code, name, peerGroup: value('peer_group').toLowerCase() || null, attributes };
}

/** A refused number cell: ambiguous with both readings, or no number ≥ 0. */
function numberProblem(line: number, column: string, reading: NumberReading): FieldProblemInput {
  if (typeof reading === 'object' && reading.problem === 'ambiguous') {
    const { value, thousands, decimal } = reading;
    return at(line, column, `"${value}" could be ${thousands} or ${decimal}`, 'file.ambiguous_number', {
      value,
      thousands,
      decimal,
    });
  }
  const value = typeof reading === 'number' ? String(reading) : reading.value;
  return at(line, column, `"${value}" must be a number ≥ 0`, 'field.type', { expected: 'number' });
}

const at = (
  line: number,
  column: string,
  problem: string,
  code: FieldProblemInput['code'] = 'field.invalid',
  params?: ErrorParams,
): FieldProblemInput => ({
  field: `row ${line}, ${column}`,
  code,
  ...(params ? { params } : {}),
  problems: [problem],
});
