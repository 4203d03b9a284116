import { restoreCsvText, type ErrorParams, type LocalizedText } from '@prgauge/contracts';
import { parse } from 'csv-parse/sync';
import type { FieldProblemInput } from '../common/api-error';
import { normaliseLineEnds, recordStartLines } from '../common/uploads/csv-lines';
import type { UploadPolicy } from '../common/uploads/upload-policy';
import { commaMeaning, readAttributeNumber, type CommaMeaning } from './attribute-number';

/** One CSV file or XLSX workbook, as the body or as the one file of a form, of at most 2 MB. */
export const AGENCY_CSV_UPLOAD: UploadPolicy = {
  maxBytes: 2 * 1024 * 1024,
  maxFiles: 1,
  accept: ['csv', 'xlsx'],
  describe: 'a CSV file or an XLSX workbook',
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

interface CsvRecord {
  record: Record<string, string>;
  raw: string;
}

/**
 * Reads an agency list: `code,name_ru,name_kk,name_fa,name_en,peer_group,pr_staff` plus any `attr_<name>`
 * numeric columns (`attr_press_officers` becomes the attribute `pressOfficers`; numbers as attribute-number.ts
 * reads them). Comma or semicolon separated (spreadsheets in ru/kk/fa locales write semicolons), quoted as
 * RFC 4180, any line ends; `text` is already decoded (see decodeCsvText). Every problem is reported with its
 * line and column, and a file with any problem yields no rows.
 */
export function parseAgencyCsv(text: string): ParsedAgencyCsv {
  const clean = normaliseLineEnds(text.replace(/^\uFEFF/, ''));
  const firstLine = clean.split('\n', 1)[0] ?? '';
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  let header: string[] = [];
  let records: CsvRecord[];
  try {
    records = parse(clean, {
      delimiter,
      columns: (names: string[]) => (header = names.map((h) => h.trim())),
      skip_empty_lines: true,
      trim: true,
      raw: true,
      // Exports put an apostrophe before text a spreadsheet would run as a formula; the import takes it off.
      cast: (value) => restoreCsvText(value),
    }) as CsvRecord[];
  } catch (error) {
    return {
      rows: [],
      problems: [
        {
          field: 'file',
          code: 'field.format',
          params: { format: 'CSV' },
          problems: [`is not valid CSV: ${(error as Error).message}`],
        },
      ],
    };
  }
  const lines = recordStartLines(records.map((r) => r.raw));
  return readAgencyTable(
    header,
    records.map(({ record }, i) => ({ line: lines[i], record })),
    delimiter,
  );
}

/** One data row of an agency table: the line (or spreadsheet row) it starts on, and its cells by column name. */
export interface AgencyTableRow {
  line: number;
  record: Record<string, string>;
}

/**
 * Reads agency rows once a file's table is known, whatever the file was (CSV here, XLSX in agency-workbook.ts):
 * checks the header, the row count and every row, naming each problem by row and column. `delimiter` is the
 * CSV separator, which tells whether a comma in a number can be a decimal mark.
 */
export function readAgencyTable(
  header: string[],
  records: AgencyTableRow[],
  delimiter: ',' | ';',
): ParsedAgencyCsv {
  const problems = headerProblems(header);
  if (records.length === 0)
    problems.push({
      field: 'file',
      code: 'field.too_few',
      params: { min: 1 },
      problems: ['has no agency rows'],
    });
  if (records.length > MAX_ROWS)
    problems.push({
      field: 'file',
      code: 'field.too_many',
      params: { max: MAX_ROWS, count: records.length, unit: 'rows' },
      problems: [`has ${records.length} rows; at most ${MAX_ROWS} at a time`],
    });
  if (problems.length) return { rows: [], problems };

  const commas = new Map(
    header.map((column) => [
      column,
      commaMeaning(
        records.map((r) => r.record[column] ?? ''),
        delimiter,
      ),
    ]),
  );
  const seen = new Map<string, number>();
  const rows = records.map(({ record, line }) => {
    const row = readRow(record, line, commas, problems);
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
  return problems.length ? { rows: [], problems } : { rows, problems };
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
  record: Record<string, string>,
  line: number,
  commas: Map<string, CommaMeaning>,
  problems: FieldProblemInput[],
): AgencyRow {
  const value = (column: string) =>
    Object.entries(record).find(([name]) => name.toLowerCase() === column)?.[1] ?? '';
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
  for (const [column, raw] of Object.entries(record)) {
    const attribute = attributeName(column);
    if (!attribute || raw === '') continue;
    const number = readAttributeNumber(raw, commas.get(column) ?? 'ambiguous');
    if (typeof number === 'number') attributes[attribute] = number;
    else problems.push(at(line, column.toLowerCase(), number.problem, 'field.type', { expected: 'number' }));
  }
  return { line, code, name, peerGroup: value('peer_group').toLowerCase() || null, attributes };
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

const count = (text: string, character: string) => text.split(character).length - 1;
