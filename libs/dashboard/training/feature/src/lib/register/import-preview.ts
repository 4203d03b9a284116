import type { RefusedField } from '@prgauge/dashboard-shared-i18n';

/** The problems of one line of an imported file. */
export interface LineProblems {
  line: number;
  problems: { column: string; text: string }[];
}

/** What is wrong with an imported register: the whole file, or some of its lines. */
export interface ImportProblems {
  file: string[];
  lines: LineProblems[];
}

/** The API names a cell's problem as "row 7, hours"; anything else is about the file or its header. */
const ROW_FIELD = /^row (\d+), (.+)$/;

/**
 * The dictionary key of the name people read for a column of the register file, or for the file's parts that
 * the API names as a whole (`header`, `file`).
 */
export const IMPORT_COLUMN_KEYS: Readonly<Record<string, string>> = {
  participant_name: 'training.register.name',
  agency: 'training.register.agency',
  outlet: 'training.register.outlet',
  audience: 'training.field.audience',
  attended: 'training.register.attended',
  hours: 'training.register.hours',
  header: 'training.import.header',
  file: 'training.import.wholeFile',
};

/**
 * Groups the API's problems with an import by line, in file order, so each line's problems read together.
 * `textOf` words one problem (from its code, see `RefusalText.field`); `labelOf` names a column (`agency`) or
 * part of the file (`header`) in the reader's language, and a column it cannot name keeps the file's heading.
 */
export function importProblemsOf(
  details: readonly RefusedField[],
  textOf: (problem: RefusedField) => string,
  labelOf: (column: string) => string | undefined = () => undefined,
): ImportProblems {
  const file: string[] = [];
  const lines = new Map<number, LineProblems>();
  const nameOf = (column: string) => labelOf(column) ?? column;
  for (const detail of details) {
    const match = ROW_FIELD.exec(detail.field);
    if (!match) {
      file.push(`${nameOf(detail.field)}: ${textOf(detail)}`);
      continue;
    }
    const line = Number(match[1]);
    const entry = lines.get(line) ?? { line, problems: [] };
    entry.problems.push({ column: nameOf(match[2]), text: textOf(detail) });
    lines.set(line, entry);
  }
  return { file, lines: [...lines.values()].sort((a, b) => a.line - b.line) };
}

/** True when the file is one the API can read at all: CSV by its name or type, or an XLSX workbook. */
export function isRegisterFile(file: { name: string; type: string }): boolean {
  return /\.(csv|xlsx)$/i.test(file.name) || file.type === 'text/csv';
}
