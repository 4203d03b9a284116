import type { LocalizedText } from './locale';

/** A day of the week as ISO 8601 numbers it: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** A public holiday of a region: a Gregorian day (`YYYY-MM-DD`) and its name. */
export interface Holiday {
  date: string;
  name: LocalizedText;
}

/**
 * How a region works: the weekdays nobody works (Friday in Iran, Saturday and Sunday in Kazakhstan and
 * Russia) and its public holidays. Days are calendar days on the wall clocks of the region's zone.
 */
export interface WorkingWeek {
  daysOff: IsoWeekday[];
  holidays: Holiday[];
}

/** Why a day is not worked: its weekday is a day off, or it is a public holiday (which wins when both). */
export type DayOff = { kind: 'weekend'; weekday: IsoWeekday } | { kind: 'holiday'; holiday: Holiday };

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Noon UTC of a `YYYY-MM-DD` day, as milliseconds; throws a `RangeError` for anything else. */
function noonOf(day: string): number {
  const match = ISO_DAY.exec(day);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day)
    throw new RangeError(`not a day (YYYY-MM-DD): ${day}`);
  return ms;
}

const dayOfNoon = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day `n` calendar days after `day` (before it when `n` is negative), both `YYYY-MM-DD`. */
export function addCalendarDays(day: string, n: number): string {
  return dayOfNoon(noonOf(day) + n * DAY_MS);
}

/** The ISO weekday of a `YYYY-MM-DD` day (1 Monday … 7 Sunday). */
export function isoWeekdayOf(day: string): IsoWeekday {
  const weekday = new Date(noonOf(day)).getUTCDay();
  return (weekday === 0 ? 7 : weekday) as IsoWeekday;
}

/** Why `day` (`YYYY-MM-DD`) is not worked in `week`, or `null` when it is a working day. */
export function dayOffOf(day: string, week: WorkingWeek): DayOff | null {
  const holiday = week.holidays.find((h) => h.date === day);
  if (holiday) return { kind: 'holiday', holiday };
  const weekday = isoWeekdayOf(day);
  return week.daysOff.includes(weekday) ? { kind: 'weekend', weekday } : null;
}

/** True when nobody works on `day` (`YYYY-MM-DD`) in `week`: a weekly day off or a public holiday. */
export function isDayOff(day: string, week: WorkingWeek): boolean {
  return dayOffOf(day, week) !== null;
}

/** Throws when a week leaves no day to work, where counting forward would never end. */
function assertSomeWorkingWeekday(week: WorkingWeek): void {
  if (ISO_WEEKDAYS.every((d) => week.daysOff.includes(d)))
    throw new RangeError('a working week needs at least one working weekday');
}

/**
 * The number of working days from `fromDay` to `toDay`, both `YYYY-MM-DD` and both counted; 0 when `toDay`
 * is before `fromDay`. A deadline's countdown is this from today to the deadline's day.
 */
export function workingDaysBetween(fromDay: string, toDay: string, week: WorkingWeek): number {
  let count = 0;
  for (let ms = noonOf(fromDay), end = noonOf(toDay); ms <= end; ms += DAY_MS)
    if (!isDayOff(dayOfNoon(ms), week)) count++;
  return count;
}

/**
 * The working day `n` working days after `day` (before it when `n` is negative), not counting `day` itself:
 * a reminder two working days before a deadline is `addWorkingDays(deadline, -2, week)`. `n = 0` gives `day`.
 * Throws a `RangeError` when every weekday is a day off.
 */
export function addWorkingDays(day: string, n: number, week: WorkingWeek): string {
  assertSomeWorkingWeekday(week);
  const step = n < 0 ? -1 : 1;
  let ms = noonOf(day);
  for (let left = Math.abs(Math.trunc(n)); left > 0;) {
    ms += step * DAY_MS;
    if (!isDayOff(dayOfNoon(ms), week)) left--;
  }
  return dayOfNoon(ms);
}

/**
 * A date that was saved but falls on a day off in the record's region: `field` names the request field
 * (`deadline`, `until`, `votingEndAt`); `day` is its Gregorian day (`YYYY-MM-DD`) in the region's zone;
 * `holiday` is present with `working_week.holiday`.
 */
export interface DayOffWarning {
  code: 'working_week.day_off' | 'working_week.holiday';
  field: string;
  params: { day: string };
  holiday?: LocalizedText;
}

/** The warnings of a day, `[]` on a working day: what an answer's `warnings` carries for one date field. */
export function dayOffWarnings(field: string, day: string, week: WorkingWeek): DayOffWarning[] {
  const off = dayOffOf(day, week);
  if (!off) return [];
  return off.kind === 'holiday'
    ? [{ code: 'working_week.holiday', field, params: { day }, holiday: off.holiday.name }]
    : [{ code: 'working_week.day_off', field, params: { day } }];
}

/** `GET /api/regions/:regionId/working-week`: a region's weekly days off and holidays, sorted by day. */
export interface WorkingWeekView extends WorkingWeek {
  regionId: string;
}
