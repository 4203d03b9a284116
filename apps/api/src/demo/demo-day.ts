import { instantOf } from '../app/common/zoned-date';
import { DEMO_REGION } from './demo-region';

/**
 * The day the demo is told as of, so that it reads true whichever day it is loaded: nothing it says was done
 * (submissions, reviews, approvals, attendance) lies after that day, and the open cycle is due three weeks
 * later. `DEMO_TODAY` pins the day for screenshots and for tests that must not depend on the calendar.
 */
export interface DemoDay {
  /** 12:00 UTC of the reference day. */
  today: Date;
  /** The year whose cycle is open: the reference year, or the one before it in January and February. */
  openYear: number;
}

export const DAY_MS = 86_400_000;

/** The open cycle is due this many days after the reference day. */
export const OPEN_DEADLINE_DAYS = 21;

/**
 * The reference day from `YYYY-MM-DD`, else from `now` (UTC). Until March the directorate is still
 * evaluating the year before, so that year's cycle is the open one.
 */
export function demoDay(reference: string | undefined, now: Date): DemoDay {
  const iso = reference ?? now.toISOString().slice(0, 10);
  const today = new Date(`${iso}T12:00:00Z`);
  const year = today.getUTCFullYear();
  return { today, openYear: today.getUTCMonth() < 2 ? year - 1 : year };
}

/** True when the day `iso` (YYYY-MM-DD) comes after the reference day. */
export const isAfter = (iso: string, day: DemoDay): boolean => iso > day.today.toISOString().slice(0, 10);

/** `days` whole days before (negative: after) the reference day, at the same hour. */
export const daysBefore = (day: DemoDay, days: number): Date => new Date(day.today.getTime() - days * DAY_MS);

/** One evaluation cycle of the demo: a calendar year, due on its deadline. */
export interface DemoCycle {
  name: string;
  start: string;
  end: string;
  deadline: Date;
  open: boolean;
}

/**
 * Two published cycles for the two years before the open one, each due on 31 January after its year (long
 * past: the open year starts at the latest in the January before the reference day), and the open cycle.
 */
export function demoCycles(day: DemoDay): DemoCycle[] {
  const year = (y: number, open: boolean): DemoCycle => ({
    name: String(y),
    start: `${y}-01-01`,
    end: `${y}-12-31`,
    // Due at the end of the day in the region's zone, as a date-only deadline set by a director would be.
    deadline: instantOf(
      open
        ? new Date(day.today.getTime() + OPEN_DEADLINE_DAYS * DAY_MS).toISOString().slice(0, 10)
        : `${y + 1}-01-31`,
      DEMO_REGION.timeZone,
      'end',
    ),
    open,
  });
  return [year(day.openYear - 2, false), year(day.openYear - 1, false), year(day.openYear, true)];
}

/**
 * When one agency's submission went in, was last reviewed and was approved. In the open cycle everything
 * happened within the last fortnight; in a published cycle around its deadline, with approvals after it.
 */
export function submissionDates(
  day: DemoDay,
  cycle: DemoCycle,
  index: number,
): { submittedAt: Date; reviewedAt: Date; approvedAt: Date } {
  if (cycle.open) {
    const submittedAt = daysBefore(day, 3 + (index % 12));
    const reviewedAt = new Date(submittedAt.getTime() + DAY_MS);
    return { submittedAt, reviewedAt, approvedAt: reviewedAt };
  }
  const due = cycle.deadline.getTime();
  return {
    submittedAt: new Date(due - (5 + index) * DAY_MS),
    reviewedAt: new Date(due - DAY_MS),
    approvedAt: new Date(due + DAY_MS),
  };
}
