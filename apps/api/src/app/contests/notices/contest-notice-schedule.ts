import type { PhaseDates } from '../setup/contest-phase';

const DAY_MS = 86_400_000;

/** How many days before judging ends jurors with unfinished sheets are reminded (issue 19). */
export const JUDGING_REMINDER_DAYS = [3, 1] as const;

/** How many days before voting closes verified voters are reminded (issue 19). */
export const VOTING_REMINDER_DAYS = [1] as const;

/** A notice of a contest that the clock, not an action, makes due. */
export interface DueContestNotice {
  kind:
    'contest.judging_open' | 'contest.judging_reminder' | 'contest.voting_open' | 'contest.voting_closing';
  /** The key it is sent under, once. */
  key: string;
  /** When the judging or the voting it is about ends. */
  endsAt: Date;
  /** For a reminder, how many days before the end it is; null for an opening. */
  daysLeft: number | null;
}

/** A window of a contest that opens and closes by the clock, with its notices. */
interface NoticeWindow {
  start: Date | null;
  end: Date | null;
  open: DueContestNotice['kind'];
  reminder: DueContestNotice['kind'];
  days: readonly number[];
}

/**
 * The date-driven notices of a contest due at `now`, each with the key it is sent under once. Pure.
 *
 * - Judging open and voting open are due while their window runs (`start <= now < end`), so a sweep that was
 *   down at the start still sends them; their key names the contest only, so they go once.
 * - A reminder `d` days before an end is due from `end - d days` until the next smaller reminder is (or the end),
 *   and only once its window has started: a sweep that missed the 3-day reminder sends the 1-day one, not both.
 *   Its key names the end, so moving the end plans the reminders again.
 *
 * Nothing is due for a draft, or once results are published.
 */
export function dueContestNotices(contestId: string, c: PhaseDates, now: Date): DueContestNotice[] {
  if (c.status !== 'announced' || (c.resultsPublishedAt && c.resultsPublishedAt <= now)) return [];
  const windows: NoticeWindow[] = [
    {
      start: c.judgingStartAt,
      end: c.judgingEndAt,
      open: 'contest.judging_open',
      reminder: 'contest.judging_reminder',
      days: JUDGING_REMINDER_DAYS,
    },
    {
      start: c.votingStartAt,
      end: c.votingEndAt,
      open: 'contest.voting_open',
      reminder: 'contest.voting_closing',
      days: VOTING_REMINDER_DAYS,
    },
  ];
  const t = now.getTime();
  return windows.flatMap(({ start, end, open, reminder, days }) => {
    if (!start || !end || t < start.getTime() || t >= end.getTime()) return [];
    const due: DueContestNotice[] = [
      { kind: open, key: `${open}:${contestId}`, endsAt: end, daysLeft: null },
    ];
    const daysLeft = reminderDue(days, end, t);
    if (daysLeft !== null)
      due.push({
        kind: reminder,
        key: `${reminder}:${contestId}:${daysLeft}d:${end.toISOString()}`,
        endsAt: end,
        daysLeft,
      });
    return due;
  });
}

/** Of reminders `days` (largest first) before `end`, the one whose window holds `t`, or null. */
function reminderDue(days: readonly number[], end: Date, t: number): number | null {
  const left = end.getTime() - t;
  for (const [i, d] of days.entries()) {
    const next = days[i + 1] ?? 0;
    if (left <= d * DAY_MS && left > next * DAY_MS) return d;
  }
  return null;
}
