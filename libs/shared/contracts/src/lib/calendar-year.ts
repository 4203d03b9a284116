import type { Calendar } from './organisation';

/** One year of a region's calendar, with its first and last days as Gregorian `YYYY-MM-DD`, both included. */
export interface CalendarYear {
  calendar: Calendar;
  /** The year as the calendar numbers it: 2026, or 1405 in the Solar Hijri calendar. */
  year: number;
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/** The year, month and day of `instant` as `calendar` counts them on the wall clocks of `timeZone`. */
function calendarDay(instant: Date, timeZone: string, calendar: Calendar) {
  const parts = new Intl.DateTimeFormat('en', {
    // Intl names the Gregorian calendar `gregory`.
    calendar: calendar === 'gregorian' ? 'gregory' : calendar,
    numberingSystem: 'latn',
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The Gregorian day on which a Solar Hijri year begins (1 Farvardin, Nowruz): always 19 to 22 March of
 * year + 621, found by asking Intl's Persian calendar about those four days.
 */
export function persianNewYear(year: number): number {
  for (let day = 19; day <= 22; day++) {
    const noon = Date.UTC(year + 621, 2, day, 12);
    const d = calendarDay(new Date(noon), 'UTC', 'persian');
    if (d.year === year && d.month === 1 && d.day === 1) return noon;
  }
  throw new RangeError(`no 1 Farvardin found for ${year}`);
}

/**
 * The year of `calendar` that `instant` falls in, on the wall clocks of `timeZone` (an IANA name): what a
 * report or filter of a region shows by default. In Asia/Tehran with the `persian` calendar, 2026-11-30 is
 * in 1405, which runs from 2026-03-21 to 2027-03-20.
 */
export function calendarYearOf(instant: Date, timeZone: string, calendar: Calendar): CalendarYear {
  const { year } = calendarDay(instant, timeZone, calendar);
  if (calendar === 'gregorian') return { calendar, year, from: `${year}-01-01`, to: `${year}-12-31` };
  return {
    calendar,
    year,
    from: isoDay(persianNewYear(year)),
    to: isoDay(persianNewYear(year + 1) - DAY_MS),
  };
}

/**
 * The Gregorian day (`YYYY-MM-DD`) an instant falls on, on the wall clocks of `timeZone`: the day a form
 * shows for a deadline stored as that day's last moment in the region's zone.
 */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    calendar: 'gregory',
    numberingSystem: 'latn',
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
