import type { FieldProblemInput } from '../api-error';
import { cellText, type TabularRow } from './tabular-table';

/**
 * Each row with a filled cell past the header's last column, as the problem `row <line>, columns`
 * (`field.too_many`, params `max`: the header's columns, `unit`: 'columns'). In a CSV file such a row is mostly a
 * cell split by an unquoted separator ("1,5" in a comma-separated file), which would otherwise lose or shift a value.
 */
export function cellsBeyondHeader(
  header: readonly string[],
  rows: readonly TabularRow[],
): FieldProblemInput[] {
  return rows.flatMap(({ line, cells }) => {
    const filled = cells.reduce<number>((last, cell, i) => (cellText(cell).trim() === '' ? last : i + 1), 0);
    if (filled <= header.length) return [];
    return [
      {
        field: `row ${line}, columns`,
        code: 'field.too_many',
        params: { max: header.length, unit: 'columns' },
        problems: [`has ${filled} cells; the header names ${header.length} columns`],
      },
    ];
  });
}
