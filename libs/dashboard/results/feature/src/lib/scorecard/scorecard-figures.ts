import type { ScorecardIndex } from '@prgauge/contracts';

/** Indices where matching the best agency would gain points, most points first. */
export function improvementsOf(indices: ScorecardIndex[]): ScorecardIndex[] {
  return indices.filter((i) => i.pointsLost > 0.005).sort((a, b) => b.pointsLost - a.pointsLost);
}
