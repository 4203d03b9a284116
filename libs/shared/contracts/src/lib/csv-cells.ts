/**
 * Text that a spreadsheet would run as a formula when it opens a CSV file: a cell beginning with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (OWASP, "CSV injection"). Apostrophes in front of such a character are
 * part of the test, so that an apostrophe the text itself begins with survives the round trip below.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * The text to write in a CSV cell: prefixed with `'` where a spreadsheet would take it for a formula, so it is
 * shown as text. {@link restoreCsvText} undoes it exactly. Numbers are not text: write them as they are.
 */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a cell held before {@link neutraliseCsvText}: every CSV import reads cells through this. */
export function restoreCsvText(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/**
 * One CSV cell (RFC 4180): text neutralised, then quoted when it holds a quote, a comma, a semicolon or a line
 * break; numbers as they are, a negative number included; null as an empty cell.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseCsvText(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
