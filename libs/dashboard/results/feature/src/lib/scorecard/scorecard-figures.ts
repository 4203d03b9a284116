import type { ScorecardIndex } from '@prgauge/contracts';

/** Indices where matching the best agency would gain points, most points first. */
export function improvementsOf(indices: ScorecardIndex[]): ScorecardIndex[] {
  return indices.filter((i) => i.pointsLost > 0.005).sort((a, b) => b.pointsLost - a.pointsLost);
}

/** Change against the previous cycle, as a signed number and a direction; null when either is missing. */
export function valueChange(
  value: number | null,
  previous: number | null,
): { delta: number; direction: 'up' | 'down' | 'same' } | null {
  if (value === null || previous === null) return null;
  const delta = value - previous;
  return { delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' };
}
