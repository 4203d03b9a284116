import {
  restoreCsvText,
  TRAINING_AUDIENCES,
  type ErrorParams,
  type FieldProblemCode,
  type TrainingAudience,
} from '@prgauge/contracts';
import { parse } from 'csv-parse/sync';
import { stream, type CellValue } from 'exceljs';
import { Readable } from 'node:stream';
import { ApiException, type FieldProblemInput } from '../common/api-error';
import { checkArchiveBounds, type ArchiveLimits } from '../common/uploads/archive-bounds';
import { normaliseLineEnds, recordStartLines } from '../common/uploads/csv-lines';
import { decodeCsvText } from '../common/uploads/text-encoding';

/** One register row as read from a file; the agency is still a code, resolved against the region later. */
export interface RegisterFileRow {
  /** The line of the file, counting the header as line 1. */
  line: number;
  participantName: string;
  agencyCode: string | null;
  outlet: string | null;
  audience: TrainingAudience;
  attended: boolean;
  /** Null: the event's planned hours. */
  hours: number | null;
}

export interface ParsedRegister {
  rows: RegisterFileRow[];
  problems: FieldProblemInput[];
}

/** A table as read from a file: its header and each data row with its line number. */
interface Table {
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** True when reading stopped at the row limit, with more rows in the file. */
  overLimit?: boolean;
}

const COLUMNS = ['participant_name', 'agency', 'outlet', 'audience', 'attended', 'hours'] as const;
const YES = new Set(['yes', 'y', 'true', '1', 'да', 'иә', 'بله', '+']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', 'жоқ', 'خیر', '-']);
const HOURS = /^\d{1,4}(?:[.,]\d{1,2})?$/;
const MAX_ROWS = 5000;
/** Characters of a participant's name and of an outlet, as the register form takes them. */
const NAME_LENGTH = { min: 2, max: 200 };
const MAX_OUTLET = 200;
/** A register of MAX_ROWS rows takes a few megabytes unpacked; twenty leave room for styles and images. */
const WORKBOOK_LIMITS: ArchiveLimits = { maxEntries: 200, maxUncompressedBytes: 20 * 1024 * 1024 };

/**
 * Reads an attendance register: `participant_name,agency,outlet,audience,attended,hours`, the last four
 * optional. CSV (comma or semicolon; UTF-8, UTF-16 with BOM, or Windows-1251) or the first sheet of an XLSX
 * workbook, bounded before it is parsed (413 `upload.archive_too_large` or `upload.archive_too_many_entries`).
 * Every problem names its line and column, and a file with any problem yields no rows.
 */
export async function parseRegisterFile(kind: 'csv' | 'xlsx', content: Buffer): Promise<ParsedRegister> {
  let table: Table;
  try {
    table = kind === 'csv' ? csvTable(decodeCsvText(content)) : await xlsxTable(content);
  } catch (error) {
    if (error instanceof ApiException) throw error;
    return {
      rows: [],
      problems: [
        {
          field: 'file',
          code: 'field.format',
          params: { format: kind.toUpperCase() },
          problems: [`is not a valid ${kind.toUpperCase()} file: ${(error as Error).message}`],
        },
      ],
    };
  }
  return readTable(table);
}

export function readTable(table: Table): ParsedRegister {
  const header = table.header.map((h) => h.trim().toLowerCase());
  const problems: FieldProblemInput[] = [];
  if (!header.includes('participant_name'))
    problems.push({
      field: 'header',
      code: 'field.required',
      params: { value: 'participant_name' },
      problems: ['needs a "participant_name" column'],
    });
  header.forEach((name, i) => {
    if (name && !(COLUMNS as readonly string[]).includes(name))
      problems.push({
        field: 'header',
        code: 'field.not_allowed',
        params: { value: table.header[i], allowed: COLUMNS.join(', ') },
        problems: [`has an unknown column "${table.header[i]}" (known: ${COLUMNS.join(', ')})`],
      });
    else if (name && header.indexOf(name) !== i)
      problems.push({
        field: 'header',
        code: 'field.not_allowed',
        params: { value: name },
        problems: [`repeats the column "${name}"`],
      });
  });
  const data = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (data.length === 0)
    problems.push({
      field: 'file',
      code: 'field.too_few',
      params: { min: 1 },
      problems: ['has no participant rows'],
    });
  if (data.length > MAX_ROWS || table.overLimit)
    problems.push({
      field: 'file',
      code: 'field.too_many',
      params: { max: MAX_ROWS, unit: 'rows' },
      problems: [`has more than ${MAX_ROWS} rows`],
    });
  if (problems.length) return { rows: [], problems };

  const rows = data.map(({ line, cells }) => {
    const cell = (column: (typeof COLUMNS)[number]) => {
      const i = header.indexOf(column);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    return readRow(line, cell, problems);
  });
  return problems.length ? { rows: [], problems } : { rows, problems };
}

function readRow(
  line: number,
  cell: (column: (typeof COLUMNS)[number]) => string,
  problems: FieldProblemInput[],
): RegisterFileRow {
  const problem = (column: string, code: FieldProblemCode, params: ErrorParams, text: string) =>
    problems.push({ field: `row ${line}, ${column}`, code, params, problems: [text] });
  const participantName = cell('participant_name');
  if (participantName.length < NAME_LENGTH.min)
    problem('participant_name', 'field.too_short', { min: NAME_LENGTH.min }, 'must be 2–200 characters');
  if (participantName.length > NAME_LENGTH.max)
    problem('participant_name', 'field.too_long', { max: NAME_LENGTH.max }, 'must be 2–200 characters');
  const audience = (cell('audience') || 'other').toLowerCase();
  if (!(TRAINING_AUDIENCES as readonly string[]).includes(audience))
    problem(
      'audience',
      'field.not_in_list',
      { value: audience, allowed: TRAINING_AUDIENCES.join(', ') },
      `"${audience}" must be one of ${TRAINING_AUDIENCES.join(', ')}`,
    );
  const attendedText = cell('attended').toLowerCase();
  const attended = attendedText === '' || YES.has(attendedText);
  if (!attended && !NO.has(attendedText))
    problem(
      'attended',
      'field.type',
      { value: attendedText, expected: 'boolean' },
      `"${attendedText}" must be yes or no`,
    );
  const hoursText = cell('hours');
  if (hoursText && !HOURS.test(hoursText))
    problem(
      'hours',
      'field.format',
      { value: hoursText, format: HOURS.source },
      `"${hoursText}" must be a number of hours ≥ 0`,
    );
  const outlet = cell('outlet');
  if (outlet.length > MAX_OUTLET)
    problem('outlet', 'field.too_long', { max: MAX_OUTLET }, `is longer than ${MAX_OUTLET} characters`);
  return {
    line,
    participantName,
    agencyCode: cell('agency') || null,
    outlet: outlet || null,
    audience: audience as TrainingAudience,
    attended,
    hours: hoursText && HOURS.test(hoursText) ? Number(hoursText.replace(',', '.')) : null,
  };
}

function csvTable(text: string): Table {
  const clean = normaliseLineEnds(text.replace(/^\uFEFF/, ''));
  const firstLine = clean.split('\n', 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const records = parse(clean, {
    delimiter,
    raw: true,
    relax_column_count: true,
    // Exports put an apostrophe before text a spreadsheet would run as a formula; the import takes it off.
    cast: (value) => restoreCsvText(value),
  }) as unknown as { record: string[]; raw: string }[];
  const lines = recordStartLines(
    records.map((r) => r.raw),
    1,
  );
  const [header, ...rows] = records;
  return {
    header: header?.record ?? [],
    rows: rows.map((r, i) => ({ line: lines[i + 1] ?? 0, cells: r.record })),
  };
}

/**
 * The first sheet of a workbook, read as a stream once the archive is known to fit its limits, stopping one
 * row past MAX_ROWS. Only the row loop is left early: the reader must reach the end of its own loop over
 * sheets, where it removes the temporary file it may have written the sheet to.
 */
async function xlsxTable(content: Buffer): Promise<Table> {
  await checkArchiveBounds(content, WORKBOOK_LIMITS);
  const reader = new stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const lines: { line: number; cells: string[] }[] = [];
  let overLimit = false;
  let sheets = 0;
  for await (const sheet of reader) {
    if (sheets++ > 0) continue;
    for await (const row of sheet) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (c, column) => (cells[column - 1] = cellText(c.value)));
      if (!cells.some((c) => c?.trim())) continue;
      // The header and MAX_ROWS rows are kept; a row beyond them is enough to refuse the file.
      overLimit = lines.length > MAX_ROWS;
      if (overLimit) break;
      lines.push({ line: row.number, cells: Array.from(cells, (c) => c ?? '') });
    }
  }
  const [header, ...rows] = lines;
  // Rows are numbered as the spreadsheet shows them, so "row 7" points at row 7 of the sheet.
  return { header: header?.cells ?? [], rows, overLimit };
}

/** The text a person sees in a cell, whatever type the spreadsheet stored. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Hours are kept to two decimals, as the register rounds them; a formula's cached result comes here too.
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result as CellValue);
  return '';
}

/** Spreadsheets count time from 1899-12-30, so a duration typed as 1:30 arrives as a date on that day. */
const SPREADSHEET_EPOCH = Date.UTC(1899, 11, 30);

function dateText(value: Date): string {
  const sinceEpoch = value.getTime() - SPREADSHEET_EPOCH;
  if (sinceEpoch >= 0 && value.getTime() < Date.UTC(1900, 0, 1))
    return String(Math.round((sinceEpoch / 3_600_000) * 100) / 100);
  return value.toISOString().slice(0, 10);
}
