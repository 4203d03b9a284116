import { TRAINING_AUDIENCES, type TrainingAudience } from '@prgauge/contracts';
import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';
import type { FieldProblemInput } from '../common/api-error';

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
}

const COLUMNS = ['participant_name', 'agency', 'outlet', 'audience', 'attended', 'hours'] as const;
const YES = new Set(['yes', 'y', 'true', '1', 'да', 'иә', 'بله', '+']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', 'жоқ', 'خیر', '-']);
const HOURS = /^\d{1,4}(?:[.,]\d{1,2})?$/;
const MAX_ROWS = 5000;

/**
 * Reads an attendance register: `participant_name,agency,outlet,audience,attended,hours`, the last four
 * optional. CSV (comma or semicolon, UTF-8 with or without BOM) or the first sheet of an XLSX workbook.
 * Every problem names its line and column, and a file with any problem yields no rows.
 */
export async function parseRegisterFile(kind: 'csv' | 'xlsx', content: Buffer): Promise<ParsedRegister> {
  let table: Table;
  try {
    table = kind === 'csv' ? csvTable(content.toString('utf8')) : await xlsxTable(content);
  } catch (error) {
    return {
      rows: [],
      problems: [
        {
          field: 'file',
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
      problems: ['needs a "participant_name" column'],
    });
  header.forEach((name, i) => {
    if (name && !(COLUMNS as readonly string[]).includes(name))
      problems.push({
        field: 'header',
        code: 'field.not_allowed',
        problems: [`has an unknown column "${table.header[i]}" (known: ${COLUMNS.join(', ')})`],
      });
    else if (name && header.indexOf(name) !== i)
      problems.push({
        field: 'header',
        code: 'field.not_allowed',
        problems: [`repeats the column "${name}"`],
      });
  });
  const data = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (data.length === 0) problems.push({ field: 'file', problems: ['has no participant rows'] });
  if (data.length > MAX_ROWS)
    problems.push({
      field: 'file',
      code: 'field.too_large',
      problems: [`has ${data.length} rows; at most ${MAX_ROWS}`],
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
  const problem = (column: string, text: string) =>
    problems.push({ field: `row ${line}, ${column}`, problems: [text] });
  const participantName = cell('participant_name');
  if (participantName.length < 2 || participantName.length > 200)
    problem('participant_name', 'must be 2–200 characters');
  const audience = (cell('audience') || 'other').toLowerCase();
  if (!(TRAINING_AUDIENCES as readonly string[]).includes(audience))
    problem('audience', `"${audience}" must be one of ${TRAINING_AUDIENCES.join(', ')}`);
  const attendedText = cell('attended').toLowerCase();
  const attended = attendedText === '' || YES.has(attendedText);
  if (!attended && !NO.has(attendedText)) problem('attended', `"${attendedText}" must be yes or no`);
  const hoursText = cell('hours');
  if (hoursText && !HOURS.test(hoursText)) problem('hours', `"${hoursText}" must be a number of hours ≥ 0`);
  const outlet = cell('outlet');
  if (outlet.length > 200) problem('outlet', 'is longer than 200 characters');
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
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = clean.split('\n', 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const records = parse(clean, { delimiter, info: true, relax_column_count: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [header, ...rows] = records;
  return {
    header: header?.record ?? [],
    rows: rows.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

async function xlsxTable(content: Buffer): Promise<Table> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, column) => (cells[column - 1] = cellText(c.value)));
    lines.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  const [header, ...rows] = lines;
  // Rows are numbered as the spreadsheet shows them, so "row 7" points at row 7 of the sheet.
  return { header: header?.cells ?? [], rows };
}

/** The text a person sees in a cell, whatever type the spreadsheet stored. */
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
