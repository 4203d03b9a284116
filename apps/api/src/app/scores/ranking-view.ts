import type { IndexHeader, PublishedThen, RankingResponse, RankingRow } from '@prgauge/contracts';
import { InvalidFieldsException } from '../common/api-error';
import { toScoringFramework } from '../cycles/scoring-framework';
import type { ScoredCycle } from './scored-cycle';

/** The top-level indices with their share of the total. */
export function indexHeaders(scored: ScoredCycle): IndexHeader[] {
  const indices = toScoringFramework(scored.cycle.framework).indicators;
  const sum = indices.reduce((total, node) => total + node.weight, 0);
  return indices.map((node) => ({ key: node.key, name: node.name ?? node.key, share: node.weight / sum }));
}

export function cycleSummary(scored: ScoredCycle): RankingResponse['cycle'] {
  const { cycle } = scored;
  return {
    id: cycle.id,
    name: cycle.name,
    regionId: cycle.regionId,
    status: cycle.status,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    importedHistory: cycle.importedHistory,
  };
}

/**
 * A ranking table: one row per agency, by rank. `previousRanks` (by agency id) gives the movement since the
 * previous published cycle; `publishedThen` (by agency id, imported history only) the figures published at the
 * time, shown beside the recomputation.
 */
export function buildRanking(
  scored: ScoredCycle,
  previous: { cycleId: string; ranks: Map<string, number | null> } | null,
  publishedThen: Map<string, PublishedThen> = new Map(),
): RankingResponse {
  const history = scored.cycle.importedHistory;
  const headers = indexHeaders(scored);
  const rows: RankingRow[] = scored.results.map((result) => {
    const agency = scored.agencies.get(result.agency);
    const before = previous?.ranks.get(result.agency) ?? null;
    return {
      agencyId: result.agency,
      code: agency?.code ?? '',
      name: agency?.name ?? {},
      peerGroup: agency?.peerGroup ?? null,
      total: result.total,
      rank: result.rank,
      groupRank: result.groupRank,
      indices: Object.fromEntries(headers.map((h) => [h.key, result.scores[h.key] ?? null])),
      coverage: result.coverage,
      movement: before !== null && result.rank !== null ? before - result.rank : null,
      ...(history ? { publishedThen: publishedThen.get(result.agency) ?? null } : {}),
    };
  });
  // Ties read in agency-code order, which people recognise, rather than by internal id.
  rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.code.localeCompare(y.code));
  return {
    cycle: cycleSummary(scored),
    publishedAt: scored.publishedAt?.toISOString() ?? null,
    scale: scored.cycle.framework.scale ?? 100,
    indices: headers,
    previousCycleId: previous?.cycleId ?? null,
    peerGroups: peerGroupsOf(scored),
    rows,
  };
}

function peerGroupsOf(scored: ScoredCycle): RankingResponse['peerGroups'] {
  const groups = new Map<string, RankingResponse['peerGroups'][number]>();
  for (const agency of scored.agencies.values()) {
    if (agency.peerGroup && !groups.has(agency.peerGroup))
      groups.set(agency.peerGroup, { code: agency.peerGroup, name: agency.peerGroupName ?? {} });
  }
  return [...groups.values()].sort((x, y) => x.code.localeCompare(y.code));
}

/**
 * The same ranking limited to one peer group. Throws 400 (`group`, `field.unknown_reference`, with the codes the
 * ranking has) for a group none of its agencies is in, rather than answering an empty ranking that looks like a
 * group without results.
 */
export function filterRanking(ranking: RankingResponse, peerGroup: string): RankingResponse {
  if (!ranking.peerGroups.some((g) => g.code === peerGroup)) {
    const known = ranking.peerGroups.map((g) => g.code).join(', ');
    throw new InvalidFieldsException([
      {
        field: 'group',
        code: 'field.unknown_reference',
        params: { value: peerGroup, allowed: known },
        problems: [`"${peerGroup}" is not a peer group of this ranking (${known})`],
      },
    ]);
  }
  return { ...ranking, rows: ranking.rows.filter((row) => row.peerGroup === peerGroup) };
}
