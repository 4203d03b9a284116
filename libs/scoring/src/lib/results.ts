import type { Aggregate } from './aggregate';
import type { Ranks } from './rank';
import type { AgencyResult, Stability } from './types';

/** Everything one scoring pass worked out, by agency index in input order. */
export interface ScoredArrays {
  agencyIds: readonly string[];
  nodeKeys: readonly string[];
  aggregate: Aggregate;
  ranks: Ranks;
  stability?: (Stability | undefined)[];
}

/** The per-agency result objects, sorted by rank (unranked last), then by agency id. */
export function buildResults(scored: ScoredArrays): AgencyResult[] {
  const { agencyIds, nodeKeys, aggregate, ranks, stability } = scored;
  const nodeCount = nodeKeys.length;
  const template = keyedTemplate(nodeKeys);
  const results = agencyIds.map((agency, a): AgencyResult => {
    const scores: Record<string, number | null> = { ...template };
    const contributions: Record<string, number | null> = { ...template };
    const row = a * nodeCount;
    for (let i = 0; i < nodeCount; i += 1) {
      scores[nodeKeys[i]] = orNull(aggregate.nodeScores[row + i]);
      contributions[nodeKeys[i]] = orNull(aggregate.contributions[row + i]);
    }
    const total = orNull(aggregate.totals[a]);
    const result: AgencyResult = {
      agency,
      total,
      rank: total === null ? null : ranks.ranks[a],
      groupRank: total === null || ranks.groupRanks[a] === 0 ? null : ranks.groupRanks[a],
      coverage: aggregate.coverage[a],
      scores,
      contributions,
    };
    const own = stability?.[a];
    if (own) result.stability = own;
    return result;
  });
  return results.sort(byRankThenId);
}

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * An object with every node key, null-valued. Copies of it keep a shared, compact layout in JavaScript engines,
 * where adding 100-odd keys one by one to `{}` would fall back to slow dictionary objects; for 5,000 agencies
 * that roughly halves building and serialising the results.
 */
function keyedTemplate(keys: readonly string[]): Record<string, null> {
  return JSON.parse(`{${keys.map((key) => `${JSON.stringify(key)}:null`).join(',')}}`) as Record<
    string,
    null
  >;
}

function byRankThenId(x: AgencyResult, y: AgencyResult): number {
  if (x.rank !== y.rank) {
    if (x.rank === null) return 1;
    if (y.rank === null) return -1;
    return x.rank - y.rank;
  }
  return x.agency < y.agency ? -1 : x.agency > y.agency ? 1 : 0;
}
