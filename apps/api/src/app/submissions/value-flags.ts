import type { MeasureType, ValueFlag } from '@prgauge/contracts';

/** A value more than this many times larger or smaller than last cycle's is worth a question. */
export const PREVIOUS_RATIO = 3;
/** Standard deviations from the region's mean that make a value an outlier. */
export const Z_LIMIT = 2.5;
/** Fewer values than this make a standard deviation meaningless. */
export const MIN_PEERS = 4;

/**
 * Soft flags for reviewers: far from the agency's own previous value, or far outside what the other agencies
 * of the region report (by z-score). They never block a submission. A yes/no answer that differs from last
 * cycle's is no ratio, so it is never "far from the previous value".
 */
export function valueFlags(
  value: number | null,
  previous: number | null,
  peers: number[],
  type: MeasureType = 'number',
): ValueFlag[] {
  if (value === null) return [];
  const flags: ValueFlag[] = [];
  if (
    type !== 'boolean' &&
    previous !== null &&
    (previous === 0
      ? value > 0 && peers.length > 0 && value > Math.max(...peers)
      : value / previous > PREVIOUS_RATIO || value / previous < 1 / PREVIOUS_RATIO)
  ) {
    flags.push('far-from-previous');
  }
  if (peers.length >= MIN_PEERS) {
    const mean = peers.reduce((a, b) => a + b, 0) / peers.length;
    const sd = Math.sqrt(peers.reduce((a, b) => a + (b - mean) ** 2, 0) / peers.length);
    const outside = sd === 0 ? value !== mean : Math.abs(value - mean) / sd > Z_LIMIT;
    if (outside) flags.push('outside-region-range');
  }
  return flags;
}
