import { aggregate, Aggregate } from './aggregate';
import { applyWeightOverrides, compileFramework, CompiledFramework } from './compile';
import { normalizeLeaves } from './normalize';
import { competitionRanks, groupMembers } from './rank';
import { analyseStability } from './sensitivity';
import type { AgencyResult, ScoringInput, ScoringOutput, SensitivityOptions, WeightOverrides } from './types';
import { validateScoringInput } from './validate-input';

/** Totals and ranks only: what a live what-if needs on every slider move. */
export interface QuickRanking {
  /** By agency index, in input order; NaN where the agency has no total. */
  totals: Float64Array;
  /** By agency index; 0 where unranked. */
  ranks: Int32Array;
}

/** An input validated and normalised once, rescored cheaply with other weights. */
export interface PreparedScoring {
  readonly agencyIds: string[];
  readonly nodeKeys: string[];
  /** Totals and ranks with some node weights replaced. */
  rank(overrides?: WeightOverrides): QuickRanking;
  /** The full result, as {@link scoreDocument} gives it, with some node weights replaced. */
  score(overrides?: WeightOverrides, sensitivity?: SensitivityOptions): ScoringOutput;
}

/** Validates and normalises an input once; leaf scores do not depend on weights, so later calls only re-aggregate. */
export function prepareScoring(input: unknown): PreparedScoring {
  const valid = validateScoringInput(input);
  const compiled = compileFramework(valid.framework);
  const agencyCount = valid.agencies.length;
  const leafScores = normalizeLeaves(compiled, valid.agencies, valid.values);
  const groups = groupMembers(valid.agencies.map((a) => a.group));
  const agencyIds = valid.agencies.map((a) => a.id);

  const run = (overrides?: WeightOverrides) => {
    const weight = applyWeightOverrides(compiled, overrides);
    return { weight, result: aggregate(compiled, leafScores, agencyCount, weight) };
  };

  return {
    agencyIds,
    nodeKeys: compiled.keys,
    rank(overrides) {
      const { result } = run(overrides);
      return { totals: result.totals, ranks: competitionRanks(result.totals) };
    },
    score(overrides, sensitivity = valid.sensitivity) {
      const { weight, result } = run(overrides);
      const ranks = competitionRanks(result.totals);
      const groupRanks = new Int32Array(agencyCount);
      for (const members of groups.values()) competitionRanks(result.totals, members, groupRanks);
      const stability = sensitivity
        ? analyseStability(compiled, result, agencyCount, weight, sensitivity)
        : undefined;
      const results = agencyIds.map((id, a) =>
        toResult(
          compiled,
          result,
          a,
          id,
          ranks[a],
          valid.agencies[a].group !== undefined ? groupRanks[a] : 0,
          stability?.[a],
        ),
      );
      return { results: sortResults(results) };
    },
  };
}

/** Scores a whole input document: leaf scores, index scores, totals, ranks, contributions and, if asked, rank stability. */
export function scoreDocument(input: ScoringInput | unknown): ScoringOutput {
  return prepareScoring(input).score();
}

function toResult(
  compiled: CompiledFramework,
  result: Aggregate,
  a: number,
  agency: string,
  rank: number,
  groupRank: number,
  stability: AgencyResult['stability'],
): AgencyResult {
  const nodeCount = compiled.keys.length;
  const scores: Record<string, number | null> = {};
  const contributions: Record<string, number | null> = {};
  for (let i = 0; i < nodeCount; i += 1) {
    const s = result.nodeScores[a * nodeCount + i];
    const c = result.contributions[a * nodeCount + i];
    scores[compiled.keys[i]] = Number.isNaN(s) ? null : s;
    contributions[compiled.keys[i]] = Number.isNaN(c) ? null : c;
  }
  const total = Number.isNaN(result.totals[a]) ? null : result.totals[a];
  return {
    agency,
    total,
    rank: total === null ? null : rank,
    groupRank: total === null || groupRank === 0 ? null : groupRank,
    coverage: result.coverage[a],
    scores,
    contributions,
    ...(stability ? { stability } : {}),
  };
}

/** By rank, unranked last, then by agency id, so the output never depends on input order. */
function sortResults(results: AgencyResult[]): AgencyResult[] {
  return results.sort((x, y) => {
    if (x.rank !== y.rank) {
      if (x.rank === null) return 1;
      if (y.rank === null) return -1;
      return x.rank - y.rank;
    }
    return x.agency < y.agency ? -1 : x.agency > y.agency ? 1 : 0;
  });
}
