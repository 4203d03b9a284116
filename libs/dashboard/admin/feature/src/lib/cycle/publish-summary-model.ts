import { SUBMISSION_STATUSES, type PublishSummary, type SubmissionStatus } from '@prgauge/contracts';

/** One bar of the publish summary: a submission state, how many agencies are in it and their share, 0..1. */
export interface StateBar {
  state: SubmissionStatus | 'none';
  count: number;
  share: number;
}

/** How many unscored agencies the confirmation lists by name before saying "and N more". */
export const UNSCORED_SHOWN = 8;

/**
 * The bars of the summary, approved first (what will be scored), then the states that still need work, then the
 * agencies with no submission at all; each share is of the agencies the ranking lists. Empty states are kept, so
 * the bars read the same from one cycle to the next.
 */
export function stateBars(summary: PublishSummary): StateBar[] {
  const order: SubmissionStatus[] = ['approved', ...SUBMISSION_STATUSES.filter((s) => s !== 'approved')];
  const total = summary.expected || 1;
  const withNone = summary.unscored.filter((u) => u.status === null).length;
  return [
    ...order.map((state) => ({ state, count: summary.counts[state], share: summary.counts[state] / total })),
    ...(withNone ? [{ state: 'none' as const, count: withNone, share: withNone / total }] : []),
  ];
}
