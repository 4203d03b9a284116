import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import type { Locale } from '@prgauge/contracts';

/** A day as a calendar numbers it: its year, month (1..12) and day of the month (1..31). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * A calendar people count days in, converted to and from the API's days (`YYYY-MM-DD`, Gregorian). Conversions
 * are of whole days: no time and no zone take part.
 */
export interface Calendar {
  /** `iso` (`2026-11-30`) as this calendar numbers it. */
  fromIso(iso: string): CalendarDate;
  /** The `YYYY-MM-DD` of a day of this calendar; null when the calendar has no such day (30 Esfand 1404). */
  toIso(date: CalendarDate): string | null;
  /** Days in `month` (1..12) of `year`. */
  monthLength(year: number, month: number): number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoOf = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoParts(iso: string): CalendarDate {
  const parts = ISO_DAY.exec(iso);
  if (!parts) throw new Error(`"${iso}" is not a calendar day (YYYY-MM-DD)`);
  return { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) };
}

/** The proleptic Gregorian calendar, as the API stores days. */
export const GREGORIAN: Calendar = {
  fromIso: isoParts,
  toIso: ({ year, month, day }) => {
    if (month < 1 || month > 12 || day < 1 || day > GREGORIAN.monthLength(year, month)) return null;
    return isoOf(year, month, day);
  },
  monthLength: (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate(),
};

/**
 * The Solar Hijri calendar of Iran, converted by `jalaali-js` (Borkowski's algorithm, exact for Solar Hijri
 * years -61..3177 and the same as Intl's `persian` calendar for Gregorian years 1800..2256).
 */
export const SOLAR_HIJRI: Calendar = {
  fromIso: (iso) => {
    const { year, month, day } = isoParts(iso);
    const { jy, jm, jd } = toJalaali(year, month, day);
    return { year: jy, month: jm, day: jd };
  },
  toIso: ({ year, month, day }) => {
    if (!isValidJalaaliDate(year, month, day)) return null;
    const { gy, gm, gd } = toGregorian(year, month, day);
    return isoOf(gy, gm, gd);
  },
  monthLength: (year, month) => jalaaliMonthLength(year, month),
};

/** The calendar a reader of `locale` counts days in: Solar Hijri in Persian, Gregorian elsewhere. */
export function calendarOf(locale: Locale): Calendar {
  return locale === 'fa' ? SOLAR_HIJRI : GREGORIAN;
}
