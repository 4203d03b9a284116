import type { CompiledFramework } from './compile';

/** Every node's score and contribution for every agency, agency-major, NaN where missing. */
export interface Aggregate {
  nodeScores: Float64Array;
  contributions: Float64Array;
  /** NaN where the agency has nothing at all (exclude policy). */
  totals: Float64Array;
  coverage: Float64Array;
}

/**
 * Weighted arithmetic means up the tree. Under "zero" a missing leaf scores 0 and keeps its weight; under
 * "exclude" it drops out and its siblings' weights are re-proportioned.
 */
export function aggregate(
  compiled: CompiledFramework,
  leafScores: Float64Array,
  agencyCount: number,
  weight: Float64Array,
): Aggregate {
  const nodeCount = compiled.keys.length;
  const leafCount = compiled.leaves.length;
  const { parent, leafIndex, scale } = compiled;
  const zero = compiled.missing === 'zero';
  const fullShare = staticShares(compiled, weight);
  const nodeScores = new Float64Array(agencyCount * nodeCount);
  const contributions = new Float64Array(agencyCount * nodeCount);
  const totals = new Float64Array(agencyCount);
  const coverage = new Float64Array(agencyCount);
  // Per-node running sums of present children's weights and weighted scores; slot nodeCount is the root.
  const sumW = new Float64Array(nodeCount + 1);
  const sumWS = new Float64Array(nodeCount + 1);
  const share = new Float64Array(nodeCount);

  for (let a = 0; a < agencyCount; a += 1) {
    sumW.fill(0);
    sumWS.fill(0);
    const rowN = a * nodeCount;
    const rowL = a * leafCount;
    let covered = 0;
    for (let i = nodeCount - 1; i >= 0; i -= 1) {
      const leaf = leafIndex[i];
      let s: number;
      if (leaf >= 0) {
        s = leafScores[rowL + leaf];
        if (Number.isNaN(s)) {
          if (zero) s = 0;
        } else covered += fullShare[i];
      } else {
        s = sumW[i] > 0 ? sumWS[i] / sumW[i] : NaN;
      }
      nodeScores[rowN + i] = s;
      if (!Number.isNaN(s)) {
        const p = parent[i] < 0 ? nodeCount : parent[i];
        sumW[p] += weight[i];
        sumWS[p] += weight[i] * s;
      }
    }
    totals[a] = sumW[nodeCount] > 0 ? (scale * sumWS[nodeCount]) / sumW[nodeCount] / 100 : NaN;
    coverage[a] = covered;
    for (let i = 0; i < nodeCount; i += 1) {
      const s = nodeScores[rowN + i];
      if (Number.isNaN(s)) {
        share[i] = 0;
        contributions[rowN + i] = NaN;
        continue;
      }
      const p = parent[i];
      share[i] = (p < 0 ? 1 : share[p]) * (weight[i] / sumW[p < 0 ? nodeCount : p]);
      contributions[rowN + i] = (scale * share[i] * s) / 100;
    }
  }
  return { nodeScores, contributions, totals, coverage };
}

/** Each node's share of the full framework weight, taken over all siblings whether present or not. */
function staticShares(compiled: CompiledFramework, weight: Float64Array): Float64Array {
  const nodeCount = compiled.keys.length;
  const siblingsW = new Float64Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i += 1)
    siblingsW[compiled.parent[i] < 0 ? nodeCount : compiled.parent[i]] += weight[i];
  const shares = new Float64Array(nodeCount);
  for (let i = 0; i < nodeCount; i += 1) {
    const p = compiled.parent[i];
    shares[i] = (p < 0 ? 1 : shares[p]) * (weight[i] / siblingsW[p < 0 ? nodeCount : p]);
  }
  return shares;
}
