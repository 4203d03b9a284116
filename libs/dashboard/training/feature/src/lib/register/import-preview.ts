import type { RefusedField } from '@prgauge/dashboard-i18n';

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
 * Groups the API's problems with an import by line, in file order, so each line's problems read together.
 * `textOf` words one problem (from its code, see `RefusalText.field`).
 */
export function importProblemsOf(
  details: readonly RefusedField[],
  textOf: (problem: RefusedField) => string,
): ImportProblems {
  const file: string[] = [];
  const lines = new Map<number, LineProblems>();
  for (const detail of details) {
    const match = ROW_FIELD.exec(detail.field);
    if (!match) {
      file.push(`${detail.field}: ${textOf(detail)}`);
      continue;
    }
    const line = Number(match[1]);
    const entry = lines.get(line) ?? { line, problems: [] };
    entry.problems.push({ column: match[2], text: textOf(detail) });
    lines.set(line, entry);
  }
  return { file, lines: [...lines.values()].sort((a, b) => a.line - b.line) };
}

/** True when the file is one the API can read at all: CSV by its name or type, or an XLSX workbook. */
export function isRegisterFile(file: { name: string; type: string }): boolean {
  return /\.(csv|xlsx)$/i.test(file.name) || file.type === 'text/csv';
}
