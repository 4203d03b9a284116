import type { Locale } from '@prgauge/contracts';
import { asciiDigits } from '@prgauge/text';
import { localDigits } from '../format';
import { calendarOf, GREGORIAN, SOLAR_HIJRI } from './calendars';

/** The first Gregorian year a Persian reader may type: years below it are Solar Hijri (1405), above Gregorian. */
const FIRST_GREGORIAN_YEAR = 1700;

/**
 * A day as a reader types it into a date field: in Persian year first, in the Solar Hijri calendar
 * (`۱۴۰۵/۰۹/۰۹`, `1405/9/9`); in Russian, Kazakh and English day first, in the Gregorian one (`30.11.2026`,
 * `30/11/2026`). In every language `2026-11-30` is read as the API writes days, and in Persian a year from 1700
 * on is read as Gregorian, since no Solar Hijri year is that large yet. Any of `. / - ` and spaces separate.
 *
 * @returns the day as `YYYY-MM-DD` (Gregorian); null for empty text, a day no calendar has (31.02.2026,
 *   1404/12/30), or text that is not a day at all.
 */
export function parseTypedDay(locale: Locale, text: string): string | null {
  const parts = asciiDigits(text)
    .trim()
    .split(/[.\-/\s\u060c,]+/)
    .filter(Boolean);
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) return null;
  const [a, b, c] = parts.map(Number);
  if (parts[0].length === 4) {
    const calendar = locale === 'fa' && a < FIRST_GREGORIAN_YEAR ? SOLAR_HIJRI : GREGORIAN;
    return calendar.toIso({ year: a, month: b, day: c });
  }
  if (locale === 'fa' || parts[2].length !== 4) return null;
  return GREGORIAN.toIso({ year: c, month: b, day: a });
}

/**
 * A day (`YYYY-MM-DD`) as a date field shows it for editing, in the form {@link parseTypedDay} reads back:
 * `۱۴۰۵/۰۹/۰۹` in Persian, `30.11.2026` in Russian and Kazakh, `30/11/2026` in English.
 */
export function formatTypedDay(locale: Locale, iso: string): string {
  const { year, month, day } = calendarOf(locale).fromIso(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (locale) {
    case 'fa':
      return localDigits(locale, `${year}/${pad(month)}/${pad(day)}`);
    case 'en':
      return `${pad(day)}/${pad(month)}/${year}`;
    case 'ru':
    case 'kk':
      return `${pad(day)}.${pad(month)}.${year}`;
  }
}
