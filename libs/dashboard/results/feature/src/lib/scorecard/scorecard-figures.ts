import type { ScorecardIndex } from '@prgauge/contracts';

/** Indices where matching the best agency would gain points, most points first. */
export function improvementsOf(indices: ScorecardIndex[]): ScorecardIndex[] {
  return indices.filter((i) => i.pointsLost > 0.005).sort((a, b) => b.pointsLost - a.pointsLost);
}

/** The likely places to print: both ends of the range, or the one place when the range is a single place. */
export function rankRangeEnds(interval: readonly [number, number]): number[] {
  return interval[0] === interval[1] ? [interval[0]] : [interval[0], interval[1]];
}
