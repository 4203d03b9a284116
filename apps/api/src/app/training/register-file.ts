import {
  LIMITS,
  TRAINING_AUDIENCES,
  type ImportedFileSource,
  type ErrorParams,
  type FieldProblemCode,
  type TrainingAudience,
} from '@prgauge/contracts';
import type { FieldProblemInput } from '../common/api-error';
import { readNumberColumn, type NumberReading } from '../common/tabular/number-column';
import { cellsBeyondHeader } from '../common/tabular/row-width';
import {
  cellText,
  readTabularFile,
  type TabularLimits,
  type TabularTable,
} from '../common/tabular/tabular-table';

/** One register row as read from a file; the agency is still a code, resolved against the region later. */
export interface RegisterFileRow {
  /** The line of the file, counting the header as line 1. */
  line: number;
  participantName: string;
  agencyCode: string | null;
  outlet: string | null;
  /** National id or personnel number; null when the file has none. */
  personalId: string | null;
  audience: TrainingAudience;
  attended: boolean;
  /** Null: the event's planned hours. */
  hours: number | null;
}

export interface ParsedRegister {
  rows: RegisterFileRow[];
  problems: FieldProblemInput[];
  /** How the file was read; null when it could not be read as a table at all. */
  source: ImportedFileSource | null;
}

const COLUMNS = [
  'participant_name',
  'agency',
  'outlet',
  'personal_id',
  'audience',
  'attended',
  'hours',
] as const;
const YES = new Set(['yes', 'y', 'true', '1', 'да', 'иә', 'بله', '+']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', 'жоқ', 'خیر', '-']);
const MAX_ROWS = 5000;
/** Characters of a participant's name and of an outlet, as the register form takes them. */
const NAME_LENGTH = { min: 2, max: 200 };
const MAX_OUTLET = 200;
/** A register of MAX_ROWS rows takes a few megabytes unpacked; twenty leave room for styles and images. */
const TABLE_LIMITS: TabularLimits = {
  maxRows: MAX_ROWS,
  archive: { maxEntries: 200, maxUncompressedBytes: 20 * 1024 * 1024 },
};

/**
 * Reads an attendance register: `participant_name,agency,outlet,personal_id,audience,attended,hours`, all
 * but the first optional, from a CSV file or the first sheet of an XLSX workbook (see readTabularFile for encodings,
 * separators and cell types). Hours are read as readNumberColumn reads numbers, a duration cell as hours, and
 * kept to two decimals as the register rounds them. Every problem names its row and column, and a file with
 * any problem yields no rows.
 */
export async function parseRegisterFile(kind: 'csv' | 'xlsx', content: Buffer): Promise<ParsedRegister> {
  const { table, problems } = await readTabularFile(kind, content, TABLE_LIMITS);
  return table ? readTable(table) : { rows: [], problems, source: null };
}

function readTable(table: TabularTable): ParsedRegister {
  const { source } = table;
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
  const data = table.rows.filter((r) => r.cells.some((c) => cellText(c).trim() !== ''));
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
  problems.push(...cellsBeyondHeader(table.header, data));
  if (problems.length) return { rows: [], problems, source };

  const hoursColumn = header.indexOf('hours');
  const hours = readNumberColumn(
    data.map(({ cells }) => (hoursColumn < 0 ? '' : (cells[hoursColumn] ?? ''))),
    source.separator,
  );
  const rows = data.map(({ line, cells }, index) => {
    const cell = (column: (typeof COLUMNS)[number]) => {
      const i = header.indexOf(column);
      return i < 0 ? '' : cellText(cells[i]).trim();
    };
    return readRow(line, cell, hours[index], problems);
  });
  return problems.length ? { rows: [], problems, source } : { rows, problems, source };
}

function readRow(
  line: number,
  cell: (column: (typeof COLUMNS)[number]) => string,
  hoursReading: NumberReading | null,
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
  const hours = typeof hoursReading === 'number' ? Math.round(hoursReading * 100) / 100 : null;
  if (hoursReading !== null && typeof hoursReading !== 'number') {
    if (hoursReading.problem === 'ambiguous') {
      const { value, thousands, decimal } = hoursReading;
      problem(
        'hours',
        'file.ambiguous_number',
        { value, thousands, decimal },
        `"${value}" could be ${thousands} or ${decimal}`,
      );
    } else
      problem(
        'hours',
        'field.type',
        { value: hoursReading.value, expected: 'number' },
        `"${hoursReading.value}" must be a number of hours ≥ 0`,
      );
  }
  const outlet = cell('outlet');
  const personalId = cell('personal_id');
  if (personalId.length > LIMITS.personalId.max)
    problem(
      'personal_id',
      'field.too_long',
      { max: LIMITS.personalId.max },
      `is longer than ${LIMITS.personalId.max} characters`,
    );
  if (outlet.length > MAX_OUTLET)
    problem('outlet', 'field.too_long', { max: MAX_OUTLET }, `is longer than ${MAX_OUTLET} characters`);
  return {
    line,
    participantName,
    agencyCode: cell('agency') || null,
    outlet: outlet || null,
    personalId: personalId || null,
    audience: audience as TrainingAudience,
    attended,
    hours,
  };
}
