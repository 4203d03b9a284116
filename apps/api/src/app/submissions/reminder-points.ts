import { DateTime } from 'luxon';

/** Days before a deadline at which editors are reminded, the earliest first. */
export const REMINDER_DAYS = [7, 3, 1] as const;

/** A reminder point: so many days before the deadline, or the deadline passed. */
export type ReminderPoint = (typeof REMINDER_DAYS)[number] | 'overdue';

/**
 * The instant of `point` for `deadline`: `days` calendar days earlier in the region's zone (an IANA name), at the
 * same wall-clock time, so a deadline at 18:00 Tehran time is reminded at 18:00 Tehran time seven days before,
 * across a change of clocks too (issue 19: "the days count in the region's time zone"). `overdue` is the deadline
 * itself.
 */
export function reminderInstant(deadline: Date, timeZone: string, point: ReminderPoint): Date {
  if (point === 'overdue') return deadline;
  return DateTime.fromJSDate(deadline, { zone: timeZone }).minus({ days: point }).toJSDate();
}

/**
 * The latest point of `deadline` that is due at `now`, or null before the first. Only the latest: a sweep that
 * runs late sends one reminder, never every point it missed. A deadline counts as passed once `now` is after it,
 * as editing closes (`isEditable`).
 */
export function dueReminderPoint(deadline: Date, timeZone: string, now: Date): ReminderPoint | null {
  if (now > deadline) return 'overdue';
  for (const days of [...REMINDER_DAYS].reverse()) {
    if (now >= reminderInstant(deadline, timeZone, days)) return days;
  }
  return null;
}
