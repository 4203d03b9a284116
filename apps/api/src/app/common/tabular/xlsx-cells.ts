import type { Cell, CellValue } from 'exceljs';
import type { TabularCell } from './tabular-table';

/** Spreadsheets count days from 1899-12-30 (the 1900 date system); a time of day is a fraction of a day. */
const SPREADSHEET_EPOCH = Date.UTC(1899, 11, 30);
const HOUR_MS = 3_600_000;

/**
 * True for a number format that shows a duration or a time of day (`h:mm`, `[h]:mm:ss`, `mm:ss`) and no
 * calendar date: the cell then means hours, not a day. Quoted text and colours in brackets are not format codes.
 */
export function isDurationFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const codes = numFmt.replace(/"[^"]*"/g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[hs]/i.test(codes) && !/[dy]/i.test(codes);
}

/**
 * True for a number format that shows the number as percent (`0%`, `0.0%`): Excel stores 87.5% as 0.875.
 * Quoted text, an escaped `\%` and brackets are not format codes.
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /%/.test(
    numFmt
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/\[[^\]]*\]/g, ''),
  );
}

/** The number a percent-formatted cell shows (0.875 → 87.5), without the float noise of the product (0.07 × 100). */
const shownPercent = (value: number): number => Number((value * 100).toPrecision(15));

/**
 * The formula of a cell whose formula has no usable value (no cached result, as with `=NOW()` in a workbook
 * never recalculated, or an error such as `#DIV/0!`), or the error of an error cell; null for any other cell.
 * Such a cell reads as empty, so the caller must report it rather than skip it.
 */
export function formulaWithoutValue(cell: Pick<Cell, 'value'>): string | null {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if ('error' in value) return String(value.error);
  if (!('formula' in value) && !('sharedFormula' in value)) return null;
  const result = (value as { result?: unknown }).result;
  const unusable =
    result === undefined || result === null || (typeof result === 'object' && 'error' in (result as object));
  if (!unusable) return null;
  const formula = 'formula' in value && value.formula ? value.formula : null;
  return formula ? `=${formula}` : String((result as { error?: unknown } | null)?.error ?? '=');
}

/**
 * A cell read by its type, not by how it looks: text as text; a number as the number; a formula as its cached
 * result (read by the same rules); a percent-formatted number as the number shown (0.875 in a `0.0%` cell is
 * 87.5); a date as `YYYY-MM-DD`; a duration or time (a number or a date with a time
 * format, e.g. 1:30 typed into a cell) as a number of hours, so no "1899-12-30" ever reaches an import.
 * Booleans become "true"/"false", rich text its joined runs, a hyperlink its text, an error cell or a formula
 * without a usable value empty (see formulaWithoutValue).
 */
export function readXlsxCell(cell: Pick<Cell, 'value' | 'numFmt'>): TabularCell {
  return readValue(cell.value, cell.numFmt);
}

function readValue(value: CellValue, numFmt: string | undefined): TabularCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (isDurationFormat(numFmt)) return value * 24;
    return isPercentFormat(numFmt) ? shownPercent(value) : value;
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return readDate(value, numFmt);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value ? readValue(value.result as CellValue, numFmt) : '';
  if ('error' in value) return '';
  if ('text' in value) return typeof value.text === 'string' ? value.text : readValue(value.text, numFmt);
  return '';
}

/**
 * The reader turns every number with a date or time format into a Date counted from the epoch; a duration
 * format, or a value inside the epoch's first day (a bare time of day), is hours again.
 */
function readDate(value: Date, numFmt: string | undefined): TabularCell {
  const sinceEpoch = value.getTime() - SPREADSHEET_EPOCH;
  if (isDurationFormat(numFmt) || (sinceEpoch >= 0 && sinceEpoch < 24 * HOUR_MS)) return sinceEpoch / HOUR_MS;
  return value.toISOString().slice(0, 10);
}
