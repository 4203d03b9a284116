import { DateTime } from 'luxon';

/** Which end of a day a date without a time stands for: a window's start, or a deadline or window's end. */
export type DayEdge = 'start' | 'end';

/** A calendar day alone, `YYYY-MM-DD`. */
export const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date and time with an offset: `Z`, `+03:30`, `+0330` or `+03`. */
const WITH_OFFSET = /T[\d:.,]+(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** A date and a time that names no offset, so no instant: `2026-11-29T23:00`. */
export function isDateTimeWithoutOffset(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/i.test(value) && !WITH_OFFSET.test(value);
}

/**
 * The instant a date given to the API stands for, in the zone of the record's region (an IANA name).
 * `YYYY-MM-DD` is that day's first millisecond (`start`) or last millisecond (`end`, 23:59:59.999) in the
 * zone, so a deadline on a day keeps the whole day open there; a date-time with an offset is that instant.
 * Throws a `RangeError` for text that is neither (the DTOs refuse it before it comes here).
 */
export function instantOf(value: string, timeZone: string, edge: DayEdge): Date {
  if (DAY_ONLY.test(value)) {
    const day = DateTime.fromISO(value, { zone: timeZone });
    if (!day.isValid) throw new RangeError(`not a day in ${timeZone}: ${value}`);
    return (edge === 'start' ? day.startOf('day') : day.endOf('day')).toJSDate();
  }
  if (isDateTimeWithoutOffset(value)) throw new RangeError(`a date-time needs an offset: ${value}`);
  const instant = DateTime.fromISO(value, { setZone: true });
  if (!instant.isValid) throw new RangeError(`not an ISO 8601 date-time: ${value}`);
  return instant.toJSDate();
}

/** Like {@link instantOf}, for an optional value: `null` stays `null`, `undefined` stays `undefined`. */
export function optionalInstantOf<T extends null | undefined>(
  value: string | T,
  timeZone: string,
  edge: DayEdge,
): Date | T {
  return typeof value === 'string' ? instantOf(value, timeZone, edge) : value;
}

/**
 * The calendar day (`YYYY-MM-DD`, Gregorian) an instant falls on in an IANA zone: what "today" or "the day of a
 * registration" means to the people of a region, where the UTC day can be the day before or after.
 */
export function dayIn(instant: Date, timeZone: string): string {
  const day = DateTime.fromJSDate(instant, { zone: timeZone }).toISODate();
  if (day === null) throw new RangeError(`not a time zone: ${timeZone}`);
  return day;
}
