import type { Locale } from '@prgauge/contracts';
import { LOCALE_INFO } from './locale';
import { intlKnowsKazakh, kazakhDate } from './zoned-format';

/** A calendar day as the API sends one: `YYYY-MM-DD`, with no time and no zone. */
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a calendar day (`2026-03-21`) rather than an instant (`2026-03-21T00:00:00Z`). */
export function isCalendarDay(value: string): boolean {
  return CALENDAR_DAY.test(value);
}

export type DayStyle = 'short' | 'medium' | 'long';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day (`YYYY-MM-DD`: a period's first or last day, a training event's date) as that same day in the
 * locale's calendar: Solar Hijri in fa, Gregorian elsewhere. No zone takes part, so `2026-03-21` reads
 * "1 Farvardin 1405" whatever the reader's or the region's zone. '—' for no value.
 *
 * @throws Error for an instant (`2026-03-21T00:00:00Z`) or a Date: an instant falls on different days in
 *   different zones, and is shown with `formatDay` / `formatMoment` and its record's zone instead.
 */
export function formatCalendarDay(
  locale: Locale,
  day: string | null | undefined,
  style: DayStyle = 'medium',
): string {
  if (day === null || day === undefined || day === '') return '—';
  const parts = CALENDAR_DAY.exec(day);
  if (!parts)
    throw new Error(`"${day}" is not a calendar day (YYYY-MM-DD); show an instant with its record's zone`);
  // Noon UTC of the day, formatted on UTC clocks: the same day in every calendar, far from any day's edge.
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 12));
  // Without Kazakh data Intl writes "2026 M12 6"; the product's own month names read as people write them.
  if (locale === 'kk' && !intlKnowsKazakh()) return kazakhDate(date, 'UTC', false);
  const key = `${locale}:${style}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: style, timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format.format(date);
}
