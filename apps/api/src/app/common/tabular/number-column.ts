import type { CsvSeparator } from '@prgauge/contracts';
import type { TabularCell } from './tabular-table';

/** A number read from a cell, or why it could not be. */
export type NumberReading =
  | number
  | { problem: 'ambiguous'; value: string; thousands: number; decimal: number }
  | { problem: 'not_a_number'; value: string };

type Mark = '.' | ',';

/** What one text cell says about the column's decimal mark, and how to read it once that is known. */
type Shape =
  | { kind: 'number'; value: number; decimal?: Mark }
  | { kind: 'either'; mark: Mark; whole: string; part: string }
  | { kind: 'none' };

const GROUP_SPACE = '[ \\u00a0\\u202f\\u2009]';
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?:([.,])(\\d+))?$`);
const POINT_LAST = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const COMMA_LAST = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const REPEATED_GROUPS = /^\d{1,3}([.,])\d{3}(?:\1\d{3})+$/;
const ONE_MARK = /^(\d+)([.,])(\d+)$/;
const other = (mark: Mark): Mark => (mark === ',' ? '.' : ',');

/**
 * What a column may hold beyond plain numbers ≥ 0, for a caller that checks the range and the unit itself
 * (the value import, by the form's rules): a leading minus ("-5", "−5"; "-0" is 0), an exponent ("1e308";
 * "1e309" is Infinity) and a percent sign before or after ("12,5 %", "٪۱۲": the number of percent, 12.5 and
 * 12; see hasPercentSign). Without them such cells are `not_a_number`.
 */
export interface NumberColumnOptions {
  signed: boolean;
}

/**
 * Reads one column of a table as numbers (null for an empty cell), as spreadsheets in our locales write
 * them: "12 500,5" (space or no-break space groups), "12.500,5", "12,500.5", "12,5", "12.5", Persian and
 * Arabic-Indic digits with the Arabic decimal and thousands signs; with `options.signed` also signs, exponents
 * and percent signs (see NumberColumnOptions). Bidi controls copied along with right-to-left text (LRM, RLM,
 * ALM, embeddings, isolates) are dropped. A number an XLSX cell holds by type is taken as it is.
 *
 * Only "12,500" and "12.500" (one mark, three digits after it) can mean two numbers. Their mark is decided for
 * the whole column: by its other cells ("3,5" makes the comma decimal; "1,234.5" or "1.234.567" makes it a
 * thousands mark), and where no cell tells, by the file's separator: a comma-separated file comes from a
 * locale whose decimal mark is the point. Where neither tells, or the cells disagree, the cell is refused as
 * `ambiguous` with both readings, never silently scaled.
 */
export function readNumberColumn(
  cells: readonly TabularCell[],
  separator: CsvSeparator | null,
  options: NumberColumnOptions = { signed: false },
): (NumberReading | null)[] {
  return readNumberColumns([cells], separator, options)[0];
}

/**
 * `readNumberColumn` for several columns of one file (a workbook's indicator columns, or a long file's values
 * grouped by indicator), each read by its own cells first. A column whose cells do not tell its decimal mark
 * takes what the file's other columns tell, together with the separator's: a file that writes "2,5" somewhere
 * has a decimal comma, so its "12,600" is 12.6 in a semicolon file, and ambiguous in a comma-separated one,
 * where the separator says otherwise. Never one column's reading decided by another's against the evidence.
 */
export function readNumberColumns(
  columns: readonly (readonly TabularCell[])[],
  separator: CsvSeparator | null,
  options: NumberColumnOptions = { signed: false },
): (NumberReading | null)[][] {
  const read = columns.map((cells) => {
    const signed = cells.map((cell) => (typeof cell === 'number' ? null : unsigned(cell, options.signed)));
    const shapes = signed.map((s) => (s === null ? null : shapeOf(s.text, options.signed)));
    const decimals = new Set(shapes.flatMap((s) => (s?.kind === 'number' && s.decimal ? [s.decimal] : [])));
    return { signed, shapes, decimals };
  });
  const told = new Set(read.flatMap((column) => [...column.decimals]));
  if (separator === 'comma') told.add('.');
  return columns.map((cells, c) => {
    const { signed, shapes, decimals } = read[c];
    const evidence = decimals.size > 0 ? decimals : told;
    const decimal: Mark | null = evidence.size === 1 ? [...evidence][0] : null;
    return cells.map((cell, i) => {
      if (typeof cell === 'number') return cell;
      const shape = shapes[i];
      const value = cell.trim();
      if (value === '') return null;
      // -0 is stored and compared as 0.
      const sign = (n: number) => (signed[i]?.negative && n !== 0 ? -n : n);
      if (!shape || shape.kind === 'none') return { problem: 'not_a_number', value };
      if (shape.kind === 'number') return sign(shape.value);
      const asThousands = sign(Number(shape.whole + shape.part));
      const asDecimal = sign(Number(`${shape.whole}.${shape.part}`));
      if (decimal === null)
        return { problem: 'ambiguous', value, thousands: asThousands, decimal: asDecimal };
      return decimal === shape.mark ? asDecimal : asThousands;
    });
  });
}

/** Bidi controls: LRM, RLM, the Arabic letter mark, embeddings and overrides, isolates. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const PERCENT_SIGN = /^[%\u066a]\s*|\s*[%\u066a]$/;

/** True when a text cell carries a percent sign (ASCII or Arabic) before or after its number. */
export function hasPercentSign(cell: TabularCell): boolean {
  return typeof cell === 'string' && PERCENT_SIGN.test(cell.replace(BIDI_CONTROLS, '').trim());
}

/**
 * A text cell without bidi controls, digits folded to ASCII; when `signed`, one percent sign and a leading
 * minus taken off.
 */
function unsigned(cell: string, signed: boolean): { text: string; negative: boolean } {
  const bare = foldDigits(cell.replace(BIDI_CONTROLS, '').trim());
  if (!signed) return { text: bare, negative: false };
  const text = bare.replace(PERCENT_SIGN, '');
  const negative = /^[-\u2212]/.test(text);
  return { text: negative ? text.slice(1) : text, negative };
}

/** ASCII digits for Persian (۰–۹) and Arabic-Indic (٠–٩) ones; the Arabic thousands sign becomes a space group. */
function foldDigits(cell: string): string {
  return cell
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066c/g, '\u00a0');
}

function shapeOf(cell: string, exponents: boolean): Shape {
  if (cell === '') return { kind: 'none' };
  if (/^\d+$/.test(cell)) return { kind: 'number', value: Number(cell) };
  // An exponent is what a spreadsheet writes for a very large or small number; its point is a decimal point.
  if (exponents && /^\d+(?:\.\d+)?e[+-]?\d+$/i.test(cell)) return { kind: 'number', value: Number(cell) };
  // The Arabic decimal sign cannot be a thousands mark.
  if (/^\d+(?:\u00a0\d{3})*\u066b\d+$/.test(cell))
    return { kind: 'number', value: Number(cell.replace(/\u00a0/g, '').replace('\u066b', '.')) };
  const spaced = SPACE_GROUPED.exec(cell);
  if (spaced) {
    const digits = cell.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.');
    const mark = spaced[1] as Mark | undefined;
    return { kind: 'number', value: Number(digits), ...(mark ? { decimal: mark } : {}) };
  }
  if (POINT_LAST.test(cell)) return { kind: 'number', value: Number(cell.replace(/,/g, '')), decimal: '.' };
  if (COMMA_LAST.test(cell))
    return { kind: 'number', value: Number(cell.replace(/\./g, '').replace(',', '.')), decimal: ',' };
  const repeated = REPEATED_GROUPS.exec(cell);
  if (repeated) {
    const mark = repeated[1] as Mark;
    return { kind: 'number', value: Number(cell.split(mark).join('')), decimal: other(mark) };
  }
  const one = ONE_MARK.exec(cell);
  if (!one) return { kind: 'none' };
  const [, whole, mark, part] = one as unknown as [string, string, Mark, string];
  const couldGroup = whole.length <= 3 && !whole.startsWith('0') && part.length === 3;
  if (couldGroup) return { kind: 'either', mark, whole, part };
  return { kind: 'number', value: Number(`${whole}.${part}`), decimal: mark };
}
