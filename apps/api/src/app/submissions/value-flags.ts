import type { MeasureType, ValueFlag } from '@prgauge/contracts';

/** A value more than this many times larger or smaller than last cycle's is worth a question. */
export const PREVIOUS_RATIO = 3;
/** Standard deviations from the region's mean that make a value an outlier. */
export const Z_LIMIT = 2.5;
/** Fewer values than this make a standard deviation meaningless. */
export const MIN_PEERS = 4;

/**
 * What the flags need of the other agencies' values: how many, their mean, their population standard deviation
 * (exactly 0 when they are all equal) and the largest.
 */
export interface PeerStats {
  count: number;
  mean: number;
  sd: number;
  max: number;
}

/** The statistics of `peers` (an empty list has count 0). */
export function peerStats(peers: readonly number[]): PeerStats {
  return PeerDistribution.of(peers).stats();
}

/**
 * Every agency's value of one indicator, from which each agency's peers (all the others) are described in
 * constant time: a review queue of n agencies judges each value against the n − 1 others without copying them.
 * Sums are taken around the overall mean, so the variance keeps its precision for large counts.
 */
export class PeerDistribution {
  private constructor(
    private readonly count: number,
    private readonly centre: number,
    private readonly sum: number,
    private readonly sumSquares: number,
    private readonly low: readonly [number, number, number],
    private readonly high: readonly [number, number, number],
  ) {}

  static of(values: readonly number[]): PeerDistribution {
    const n = values.length;
    const centre = n ? values.reduce((a, b) => a + b, 0) / n : 0;
    let sum = 0;
    let sumSquares = 0;
    // The two smallest and two largest values, and how often the extreme occurs: enough to know the others' range.
    let [min, secondMin, minCount] = [Infinity, Infinity, 0];
    let [max, secondMax, maxCount] = [-Infinity, -Infinity, 0];
    for (const value of values) {
      const d = value - centre;
      sum += d;
      sumSquares += d * d;
      if (value < min) [secondMin, min, minCount] = [min, value, 1];
      else if (value === min) minCount += 1;
      else if (value < secondMin) secondMin = value;
      if (value > max) [secondMax, max, maxCount] = [max, value, 1];
      else if (value === max) maxCount += 1;
      else if (value > secondMax) secondMax = value;
    }
    return new PeerDistribution(
      n,
      centre,
      sum,
      sumSquares,
      [min, secondMin, minCount],
      [max, secondMax, maxCount],
    );
  }

  /** The statistics of every value, or of every value but one occurrence of `left`. */
  stats(left?: number): PeerStats {
    const out = left === undefined ? null : left - this.centre;
    const count = this.count - (out === null ? 0 : 1);
    if (count <= 0) return { count: 0, mean: 0, sd: 0, max: -Infinity };
    const [min, secondMin, minCount] = this.low;
    const [max, secondMax, maxCount] = this.high;
    const lowest = left === min && minCount === 1 ? secondMin : min;
    const highest = left === max && maxCount === 1 ? secondMax : max;
    if (lowest === highest) return { count, mean: lowest, sd: 0, max: highest };
    const sum = this.sum - (out ?? 0);
    const shifted = sum / count;
    const variance = Math.max(0, (this.sumSquares - (out ?? 0) ** 2) / count - shifted * shifted);
    return { count, mean: this.centre + shifted, sd: Math.sqrt(variance), max: highest };
  }
}

/**
 * Soft flags for reviewers: far from the agency's own previous value, or far outside what the other agencies
 * of the region report (by z-score, from `peers`: their values, or their statistics). They never block a
 * submission. A yes/no answer that differs from last cycle's is no ratio, so it is never "far from the previous
 * value".
 */
export function valueFlags(
  value: number | null,
  previous: number | null,
  peers: readonly number[] | PeerStats,
  type: MeasureType = 'number',
): ValueFlag[] {
  if (value === null) return [];
  const stats = Array.isArray(peers) ? peerStats(peers) : (peers as PeerStats);
  const flags: ValueFlag[] = [];
  if (
    type !== 'boolean' &&
    previous !== null &&
    (previous === 0
      ? value > 0 && stats.count > 0 && value > stats.max
      : value / previous > PREVIOUS_RATIO || value / previous < 1 / PREVIOUS_RATIO)
  ) {
    flags.push('far-from-previous');
  }
  if (stats.count >= MIN_PEERS) {
    const outside = stats.sd === 0 ? value !== stats.mean : Math.abs(value - stats.mean) / stats.sd > Z_LIMIT;
    if (outside) flags.push('outside-region-range');
  }
  return flags;
}
