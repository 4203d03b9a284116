import type { CycleView, SubmissionStatus } from '@prgauge/contracts';

const PUBLISHED = new Set<CycleView['status']>(['published', 'archived']);

type Dated = Pick<CycleView, 'periodStart' | 'periodEnd'>;

/**
 * The cycle a ranking opens on: of the published (or archived) cycles, the one whose period ends last, then
 * starts last. The order cycles arrive in, and when each was created or published, do not matter. Null when
 * none is published.
 */
export function latestPublishedCycle<T extends Dated & Pick<CycleView, 'status'>>(
  cycles: readonly T[],
): T | null {
  const published = cycles.filter((c) => PUBLISHED.has(c.status));
  return [...published].sort(byPeriodDescending)[0] ?? null;
}

function byPeriodDescending(a: Dated, b: Dated): number {
  return b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart);
}

/**
 * The cycle a page opens on when several are running: of those with work (`hasWork`), the one whose deadline
 * comes first; when none has work, the one whose deadline is nearest to `now`, past or future. Ties keep the
 * given order. Null for no cycles.
 */
export function nearestCycleWithWork<T extends Pick<CycleView, 'deadline'>>(
  cycles: readonly T[],
  hasWork: (cycle: T) => boolean,
  now: Date,
): T | null {
  const at = (c: T) => new Date(c.deadline).getTime();
  const withWork = cycles.filter(hasWork);
  if (withWork.length) return withWork.reduce((best, c) => (at(c) < at(best) ? c : best));
  if (!cycles.length) return null;
  const distance = (c: T) => Math.abs(at(c) - now.getTime());
  return cycles.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/**
 * Whether an editor still has work in a cycle: their submission is neither submitted nor approved, and they may
 * still edit it (before its deadline or extension).
 */
export function editorHasWork(submission: { status: SubmissionStatus; editable: boolean } | null): boolean {
  return (
    !!submission &&
    submission.editable &&
    submission.status !== 'submitted' &&
    submission.status !== 'approved'
  );
}

/**
 * The open cycles an editor is taken to when they name none: the live ones, or imported history only when nothing
 * else is open (a director may keep a past year open while bringing in its values, and its deadline lies in the past).
 */
export function editorsDefaultCycles<T extends Pick<CycleView, 'importedHistory'>>(
  open: readonly T[],
): readonly T[] {
  const live = open.filter((c) => !c.importedHistory);
  return live.length ? live : open;
}
