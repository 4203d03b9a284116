import type { CycleView } from '@prgauge/contracts';
import { nearestCycleWithWork } from '@prgauge/dashboard-admin-data-access';

/** Cycles a reviewer works in: still collecting data, or closed for review. */
export const REVIEWABLE = new Set<CycleView['status']>(['open', 'review']);

/**
 * The cycle the review queue and the completeness board open on: the nearest deadline among the cycles with
 * submissions waiting for review (`awaiting` counts them per cycle), else the nearest deadline.
 */
export async function cycleToReview(
  cycles: CycleView[],
  awaiting: (cycleId: string) => Promise<number>,
  now: Date,
): Promise<CycleView | null> {
  const counts = new Map(await Promise.all(cycles.map(async (c) => [c.id, await awaiting(c.id)] as const)));
  return nearestCycleWithWork(cycles, (c) => (counts.get(c.id) ?? 0) > 0, now);
}
