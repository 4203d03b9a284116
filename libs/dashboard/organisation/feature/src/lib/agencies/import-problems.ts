import type { AgencyView } from '@prgauge/contracts';
import type { RefusedField } from '@prgauge/dashboard-shared-i18n';

/** The problems of one row of an imported file, or of the file as a whole (`row` null: header, file). */
export interface ImportRowProblems {
  /** The row as the spreadsheet numbers it, the header being row 1; null for the file or its header. */
  row: number | null;
  problems: { column: string; problem: RefusedField }[];
}

/** `row 7, hours` → row 7, column `hours`; the API names a row's problems this way. */
const ROW_FIELD = /^row (\d+), (.+)$/;

/**
 * The refusals of an import, grouped by row in file order, the file's own problems (its header, its size) first:
 * what the preview table shows, one line per row with each of its problems.
 */
export function importProblemsByRow(details: readonly RefusedField[]): ImportRowProblems[] {
  const byRow = new Map<number | null, ImportRowProblems>();
  for (const problem of details) {
    const match = ROW_FIELD.exec(problem.field);
    const row = match ? Number(match[1]) : null;
    const column = match ? match[2] : problem.field;
    const entry = byRow.get(row) ?? { row, problems: [] };
    entry.problems.push({ column, problem });
    byRow.set(row, entry);
  }
  return [...byRow.values()].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Files the import takes: CSV as spreadsheets export it, or an XLSX workbook. */
export const IMPORT_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The API's limit on an agency file, in bytes (see AGENCY_UPLOAD in the API). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The attribute names a previewed import sets besides `prStaff` (shown in its own column), in file order. */
export function previewAttributes(agencies: readonly Pick<AgencyView, 'attributes'>[]): string[] {
  const names = new Set(agencies.flatMap((agency) => Object.keys(agency.attributes)));
  names.delete('prStaff');
  return [...names];
}

/** The decimals a read number needs to be shown as the file gave it (at most 4): 12500 → 0, 1234.5 → 1. */
export function decimalsOf(value: number): number {
  for (let digits = 0; digits < 4; digits++)
    if (Math.abs(Math.round(value * 10 ** digits) - value * 10 ** digits) < 1e-9) return digits;
  return 4;
}
