/**
 * Numbers in agency files as spreadsheets in our locales write them. Russian and Kazakh Excel write "12 500,5"
 * (space groups, decimal comma) in semicolon-separated files; English Excel writes "12,500.5" in
 * comma-separated ones. A lone comma followed by three digits ("12,500") can be either, so its meaning is
 * taken from the rest of the column, then from the file's separator; where neither tells, the cell is refused.
 */
export type CommaMeaning = 'decimal' | 'thousands' | 'ambiguous';

const INTEGER = /^\d+$/;
const DECIMAL_POINT = /^\d+\.\d+$/;
const SPACE_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
const COMMA_GROUPS_WITH_POINT = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const MANY_COMMA_GROUPS = /^\d{1,3}(?:,\d{3}){2,}$/;
/** "12,500": one comma and three digits after it, the shape both conventions share. */
const ONE_COMMA_GROUP = /^\d{1,3},\d{3}$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

/** What a comma means in one column, judged from all its cells and the file's separator. */
export function commaMeaning(cells: readonly string[], separator: ',' | ';'): CommaMeaning {
  const decimalComma = cells.some((c) => DECIMAL_COMMA.test(c) && !ONE_COMMA_GROUP.test(c));
  const pointOrGroups = cells.some(
    (c) => DECIMAL_POINT.test(c) || COMMA_GROUPS_WITH_POINT.test(c) || MANY_COMMA_GROUPS.test(c),
  );
  if (decimalComma && !pointOrGroups) return 'decimal';
  if (pointOrGroups && !decimalComma) return 'thousands';
  if (decimalComma && pointOrGroups) return 'ambiguous';
  // No other cell tells: a comma-separated file comes from a locale whose decimal mark is the point.
  return separator === ',' ? 'thousands' : 'ambiguous';
}

/**
 * The value of a cell, or a problem to report: a number ≥ 0 with at most one decimal mark and, optionally,
 * thousands grouped by spaces or (where `comma` says so) by commas.
 */
export function readAttributeNumber(cell: string, comma: CommaMeaning): number | { problem: string } {
  if (INTEGER.test(cell) || DECIMAL_POINT.test(cell)) return Number(cell);
  if (SPACE_GROUPS.test(cell)) return Number(cell.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
  if (COMMA_GROUPS_WITH_POINT.test(cell) || MANY_COMMA_GROUPS.test(cell))
    return Number(cell.replace(/,/g, ''));
  if (ONE_COMMA_GROUP.test(cell)) {
    if (comma === 'thousands') return Number(cell.replace(',', ''));
    if (comma === 'decimal') return Number(cell.replace(',', '.'));
    const [whole, part] = cell.split(',');
    return {
      problem: `"${cell}" could be ${whole}${part} or ${Number(`${whole}.${part}`)}: write it without the comma, or with a point`,
    };
  }
  if (DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
  return { problem: `"${cell}" must be a number ≥ 0` };
}
