/** Totals are compared after rounding to 4 decimals, so float noise never splits a tie. */
export const roundForRanking = (total: number): number => Math.round(total * 10_000) / 10_000;

/** Competition ranks (1, 2, 2, 4) by agency index; 0 means unranked. */
export interface Ranks {
  ranks: Int32Array;
  /** Within the agency's peer group; 0 where it has none or no total. */
  groupRanks: Int32Array;
}

/** Each agency's peer group as a small number (−1 for none), so group ranks need no string lookups. */
export function groupIndexes(groups: (string | undefined)[]): { groupOf: Int32Array; groupCount: number } {
  const ids = new Map<string, number>();
  const groupOf = Int32Array.from(groups, (group) => {
    if (group === undefined) return -1;
    let id = ids.get(group);
    if (id === undefined) ids.set(group, (id = ids.size));
    return id;
  });
  return { groupOf, groupCount: ids.size };
}

/**
 * Ranks all agencies by total (NaN = no total, unranked) and, in the same pass, within their peer groups: walking
 * from the best total down, an agency shares the rank of the one before it in its ranking when the rounded totals
 * are equal, and otherwise takes one more than the number of agencies already seen.
 */
export function rankAgencies(totals: Float64Array, groupOf: Int32Array, groupCount: number): Ranks {
  const n = totals.length;
  const rounded = new Float64Array(n);
  const order: number[] = [];
  for (let a = 0; a < n; a += 1) {
    if (Number.isNaN(totals[a])) continue;
    rounded[a] = roundForRanking(totals[a]);
    order.push(a);
  }
  order.sort((x, y) => rounded[y] - rounded[x]);
  const ranks = new Int32Array(n);
  const groupRanks = new Int32Array(n);
  const seen = new Int32Array(groupCount);
  const lastRank = new Int32Array(groupCount);
  const lastTotal = new Float64Array(groupCount).fill(NaN);
  for (let k = 0; k < order.length; k += 1) {
    const a = order[k];
    const total = rounded[a];
    ranks[a] = k > 0 && total === rounded[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
    const g = groupOf[a];
    if (g < 0) continue;
    groupRanks[a] = total === lastTotal[g] ? lastRank[g] : seen[g] + 1;
    seen[g] += 1;
    lastRank[g] = groupRanks[a];
    lastTotal[g] = total;
  }
  return { ranks, groupRanks };
}
