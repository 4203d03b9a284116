import type { Direction, Locale, MeasureType } from '@prgauge/contracts';
import { numberLocaleOf } from '../locale';
import { formatNumber, formatPlainNumber } from '../format';

/** What a value's reading depends on: the measure's type, and a rating's top. */
export interface MeasureReading {
  type: MeasureType;
  max?: number;
}

/** The words a yes/no value reads as, in the reader's language. */
export interface YesNo {
  yes: string;
  no: string;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** A percentage (0..100) with the locale's own percent sign and digits: "45 %" in ru, "۴۵٪" in fa. */
export function formatPercent(locale: Locale, value: number, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocaleOf(locale), {
      style: 'percent',
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    percentFormats.set(key, format);
  }
  return format.format(value / 100);
}

/** Whole numbers read without decimals; a fraction keeps one decimal (14.3 hours). */
const digitsOf = (value: number): number => (Number.isInteger(value) ? 0 : 1);

/**
 * A measured value as a person reads it: yes/no as words, a count without decimals, a percentage with the
 * locale's sign, a rating out of its top ("4 / 5"). "—" where there is no value. With `exact`, a number keeps every
 * decimal it has (up to 6), for screens that compare a stored value with a new one: 2.25 against 2.3 must not
 * both read "2.3".
 */
export function formatMeasured(
  locale: Locale,
  value: number | null | undefined,
  measure: MeasureReading,
  words: YesNo,
  exact = false,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const number = (n: number) => (exact ? formatPlainNumber(locale, n) : formatNumber(locale, n, digitsOf(n)));
  switch (measure.type) {
    case 'boolean':
      return value ? words.yes : words.no;
    case 'percent':
      return formatPercent(locale, value, exact ? 6 : 1);
    case 'rating':
      return measure.max === undefined
        ? number(value)
        : `${number(value)} / ${formatNumber(locale, measure.max)}`;
    case 'number':
      return number(value);
  }
}

/** A change as the indicator's direction judges it: a fall in a lower-is-better figure is an improvement. */
export type ChangeTone = 'better' | 'worse' | 'same';

/**
 * How a value moved against the previous cycle: which way (`up`, `down`, `same`), how far (absolute, in the
 * value's own units; null for yes/no values, where only the answer changes), and whether that is better or
 * worse by the indicator's direction. Null when either value is missing.
 */
export function measuredChange(
  value: number | null,
  previous: number | null,
  measure: MeasureReading & { direction?: Direction },
): { way: 'up' | 'down' | 'same'; amount: number | null; tone: ChangeTone } | null {
  if (value === null || previous === null) return null;
  const delta = value - previous;
  const way = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const better = (measure.direction ?? 'higher') === 'higher' ? delta > 0 : delta < 0;
  return {
    way,
    amount: measure.type === 'boolean' ? null : Math.abs(delta),
    tone: delta === 0 ? 'same' : better ? 'better' : 'worse',
  };
}
