import type { Aggregate } from './aggregate';
import type { CompiledFramework } from './compile';
import { roundForRanking } from './rank';
import type { SensitivityOptions, Stability } from './types';

/** mulberry32: small, fast and seedable, so the same seed always gives the same analysis. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rank stability when the top-level weights are debated: each run multiplies every top-level weight by
 * (1 + spread × u), u uniform in [−1, 1], and re-ranks. Index scores do not depend on top-level weights, so a run
 * only recomputes one weighted mean per agency from the indices' scores gathered once.
 * Returns one entry per agency, undefined where the agency has no total.
 */
export function analyseStability(
  compiled: CompiledFramework,
  result: Aggregate,
  weight: Float64Array,
  options: SensitivityOptions,
): (Stability | undefined)[] {
  const { runs, spread } = options;
  const top = compiled.topLevel;
  const topCount = top.length;
  const ranked: number[] = [];
  for (let a = 0; a < result.totals.length; a += 1) if (!Number.isNaN(result.totals[a])) ranked.push(a);
  const n = ranked.length;
  const nodeCount = compiled.keys.length;
  const topScores = new Float64Array(n * topCount);
  for (let k = 0; k < n; k += 1)
    for (let t = 0; t < topCount; t += 1)
      topScores[k * topCount + t] = result.nodeScores[ranked[k] * nodeCount + top[t]];

  const random = mulberry32(options.seed);
  const runWeights = new Float64Array(topCount);
  const totals = new Float64Array(n);
  const sorted = new Float64Array(n);
  // Ranked-agency-major, so each agency's ranks over the runs are one contiguous slice to sort.
  const ranks = new Int32Array(n * runs);
  for (let run = 0; run < runs; run += 1) {
    for (let t = 0; t < topCount; t += 1) runWeights[t] = weight[top[t]] * (1 + spread * (2 * random() - 1));
    for (let k = 0; k < n; k += 1) totals[k] = runTotal(topScores, k * topCount, runWeights, compiled.scale);
    sorted.set(totals);
    sorted.sort();
    // Competition rank = 1 + the number of strictly greater totals.
    for (let k = 0; k < n; k += 1) ranks[k * runs + run] = n - firstAbove(sorted, totals[k]) + 1;
  }

  const out: (Stability | undefined)[] = new Array<Stability | undefined>(result.totals.length).fill(
    undefined,
  );
  for (let k = 0; k < n; k += 1) out[ranked[k]] = summarise(ranks.subarray(k * runs, (k + 1) * runs));
  return out;
}

/**
 * The rounded total under one run's weights. Summed from the last index to the first, as the main aggregation
 * does, so that with spread 0 the totals, and so the ranks, are bit-for-bit the official ones.
 */
function runTotal(topScores: Float64Array, offset: number, runWeights: Float64Array, scale: number): number {
  let sumW = 0;
  let sumWS = 0;
  for (let t = runWeights.length - 1; t >= 0; t -= 1) {
    const s = topScores[offset + t];
    if (Number.isNaN(s)) continue;
    sumW += runWeights[t];
    sumWS += runWeights[t] * s;
  }
  return roundForRanking((scale * sumWS) / sumW / 100);
}

/** Index of the first element greater than x in an ascending array (its length when there is none). */
function firstAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Nearest-rank percentiles, so every reported rank is one that actually occurred. */
function summarise(ranks: Int32Array): Stability {
  ranks.sort();
  const at = (p: number) => ranks[Math.max(0, Math.ceil(p * ranks.length) - 1)];
  let topThree = 0;
  for (const rank of ranks) if (rank <= 3) topThree += 1;
  return {
    medianRank: at(0.5),
    rankInterval: [at(0.05), at(0.95)],
    topThreeProbability: topThree / ranks.length,
  };
}
