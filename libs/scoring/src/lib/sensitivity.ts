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
 * Rank stability when the top-level weights are debated: each run perturbs every top-level weight by up to
 * ±spread and re-ranks. Only the top-level mean is recomputed, since index scores do not depend on them.
 */
export function analyseStability(
  compiled: CompiledFramework,
  result: Aggregate,
  agencyCount: number,
  weight: Float64Array,
  options: SensitivityOptions,
): (Stability | undefined)[] {
  const nodeCount = compiled.keys.length;
  const top = compiled.topLevel;
  const random = mulberry32(options.seed);
  const ranked: number[] = [];
  for (let a = 0; a < agencyCount; a += 1) if (!Number.isNaN(result.totals[a])) ranked.push(a);
  const ranks = new Int32Array(options.runs * agencyCount);
  const totals = new Float64Array(agencyCount);
  const runWeights = new Float64Array(top.length);
  const order = ranked.slice();

  for (let run = 0; run < options.runs; run += 1) {
    for (let t = 0; t < top.length; t += 1)
      runWeights[t] = weight[top[t]] * (1 + options.spread * (2 * random() - 1));
    for (const a of ranked) {
      let sumW = 0;
      let sumWS = 0;
      for (let t = 0; t < top.length; t += 1) {
        const s = result.nodeScores[a * nodeCount + top[t]];
        if (Number.isNaN(s)) continue;
        sumW += runWeights[t];
        sumWS += runWeights[t] * s;
      }
      totals[a] = roundForRanking((compiled.scale * sumWS) / sumW / 100);
    }
    order.sort((x, y) => totals[y] - totals[x]);
    const base = run * agencyCount;
    for (let k = 0; k < order.length; k += 1) {
      const a = order[k];
      ranks[base + a] = k > 0 && totals[a] === totals[order[k - 1]] ? ranks[base + order[k - 1]] : k + 1;
    }
  }
  return summarise(ranks, options.runs, agencyCount, result.totals);
}

function summarise(
  ranks: Int32Array,
  runs: number,
  agencyCount: number,
  totals: Float64Array,
): (Stability | undefined)[] {
  const mine = new Int32Array(runs);
  const at = (p: number) => mine[Math.max(0, Math.ceil(p * runs) - 1)];
  const out: (Stability | undefined)[] = [];
  for (let a = 0; a < agencyCount; a += 1) {
    if (Number.isNaN(totals[a])) {
      out.push(undefined);
      continue;
    }
    let topThree = 0;
    for (let run = 0; run < runs; run += 1) {
      mine[run] = ranks[run * agencyCount + a];
      if (mine[run] <= 3) topThree += 1;
    }
    mine.sort();
    // Nearest-rank percentiles, so every reported rank is one that actually occurred.
    out.push({
      medianRank: at(0.5),
      rankInterval: [at(0.05), at(0.95)],
      topThreeProbability: topThree / runs,
    });
  }
  return out;
}
