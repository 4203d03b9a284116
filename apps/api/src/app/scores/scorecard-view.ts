import {
  frameworkDocumentLeaves,
  type PerAttribute,
  type ScorecardIndex,
  type ScorecardResponse,
  type ScorecardValue,
  type TrendPoint,
} from '@prgauge/contracts';
import type { AgencyResult } from '@prgauge/scoring';
import { cycleSummary, indexHeaders } from './ranking-view';
import type { ScoredCycle } from './scored-cycle';

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const maxOf = (xs: number[]) => (xs.length ? Math.max(...xs) : null);

/**
 * One agency's scorecard: index scores against the region's average and the best agency, the points it loses
 * to the best agency on each index ("where to improve"), its values against the previous cycle, and its trend.
 * `timeZone` is the region's IANA zone, named in the card for the day it was published on.
 */
export function buildScorecard(
  scored: ScoredCycle,
  agencyId: string,
  previousValues: Record<string, number | null> | null,
  trend: TrendPoint[],
  timeZone: string,
): ScorecardResponse | null {
  const result = scored.results.find((r) => r.agency === agencyId);
  const agency = scored.agencies.get(agencyId);
  if (!result || !agency) return null;
  const ranked = scored.results.filter((r) => r.total !== null);
  const indices: ScorecardIndex[] = indexHeaders(scored).map((header) => {
    const scores = ranked.map((r) => r.scores[header.key]).filter((s): s is number => s !== null);
    const contributions = ranked
      .map((r) => r.contributions[header.key])
      .filter((c): c is number => c !== null);
    const own = result.contributions[header.key] ?? 0;
    return {
      key: header.key,
      name: header.name,
      score: result.scores[header.key] ?? null,
      contribution: result.contributions[header.key] ?? null,
      regionAverage: mean(scores),
      best: maxOf(scores),
      pointsLost: Math.max(0, (maxOf(contributions) ?? 0) - own),
    };
  });
  return {
    cycle: cycleSummary(scored),
    publishedAt: scored.publishedAt?.toISOString() ?? null,
    timeZone,
    agency: { id: agency.id, code: agency.code, name: agency.name, peerGroup: agency.peerGroup },
    scale: scored.cycle.framework.scale ?? 100,
    total: result.total,
    rank: result.rank,
    groupRank: result.groupRank,
    agencyCount: ranked.length,
    coverage: result.coverage,
    stability: result.stability ?? null,
    bestAgencyId: ranked[0]?.agency ?? null,
    indices,
    values: valuesAgainstPrevious(scored, result, previousValues),
    trend,
  };
}

function valuesAgainstPrevious(
  scored: ScoredCycle,
  result: AgencyResult,
  previous: Record<string, number | null> | null,
): ScorecardValue[] {
  const own = scored.values.get(result.agency) ?? {};
  const attributes = scored.agencies.get(result.agency)?.attributes ?? {};
  return frameworkDocumentLeaves(scored.cycle.framework).map((leaf) => {
    const value = own[leaf.key] ?? null;
    return {
      indicator: leaf.key,
      name: leaf.name,
      type: leaf.measure.type,
      direction: leaf.measure.direction ?? 'higher',
      ...(leaf.measure.max === undefined ? {} : { max: leaf.measure.max }),
      unit: leaf.unit ?? null,
      value,
      previous: previous?.[leaf.key] ?? null,
      score: result.scores[leaf.key] ?? null,
      per: leaf.measure.per === undefined ? null : perAttribute(value, leaf.measure.per, attributes),
    };
  });
}

/** As the engine divides (`normalize.ts`): a missing or zero attribute leaves nothing to score. */
function perAttribute(
  value: number | null,
  attribute: string,
  attributes: Record<string, number>,
): PerAttribute {
  const amount = attributes[attribute] ?? null;
  return {
    attribute,
    amount,
    scored: value === null || amount === null || amount === 0 ? null : value / amount,
  };
}
