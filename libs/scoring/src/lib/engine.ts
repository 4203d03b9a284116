import { aggregate } from './aggregate';
import { applyWeightOverrides } from './compile';
import { normalizeLeaves } from './normalize';
import { groupIndexes, rankAgencies } from './rank';
import { buildResults } from './results';
import { analyseStability } from './sensitivity';
import type { ScoringInput, ScoringOutput, SensitivityOptions, WeightOverrides, WhatIfResult } from './types';
import { parseScoringInput } from './validate-input';

/** An input validated and normalised once, then rescored cheaply with other weights. */
export interface PreparedScoring {
  /** Agency ids in input order: the index used by every array of a {@link WhatIfResult}. */
  readonly agencyIds: readonly string[];
  /** Node keys in pre-order (each index before its sub-nodes): the column order of per-node arrays. */
  readonly nodeKeys: readonly string[];
  /** Totals, ranks, scores and contributions as flat arrays, with some node weights replaced. */
  recompute(overrides?: WeightOverrides): WhatIfResult;
  /** The full result, as {@link scoreDocument} gives it, with some node weights replaced. */
  score(overrides?: WeightOverrides, sensitivity?: SensitivityOptions): ScoringOutput;
}

/**
 * Validates and normalises an input once (parsed JSON may be passed as it is). Leaf scores do not depend on
 * weights, so each later call only re-aggregates: this is what keeps a weight slider live.
 * Throws {@link ScoringInputError} for invalid input, and for unknown keys or weights ≤ 0 in overrides.
 */
export function prepareScoring(input: unknown): PreparedScoring {
  const { input: valid, compiled, cells } = parseScoringInput(input);
  const { agencies } = valid;
  const leafScores = normalizeLeaves(compiled, agencies, cells);
  const { groupOf, groupCount } = groupIndexes(agencies.map((a) => a.group));
  const agencyIds = agencies.map((a) => a.id);

  const recompute = (overrides?: WeightOverrides) => {
    const weight = applyWeightOverrides(compiled, overrides);
    const result = aggregate(compiled, leafScores, agencies.length, weight);
    return { weight, result, ranks: rankAgencies(result.totals, groupOf, groupCount) };
  };

  return {
    agencyIds,
    nodeKeys: compiled.keys,
    recompute(overrides) {
      const { result, ranks } = recompute(overrides);
      return { ...result, ...ranks };
    },
    score(overrides, sensitivity = valid.sensitivity) {
      const { weight, result, ranks } = recompute(overrides);
      const stability = sensitivity ? analyseStability(compiled, result, weight, sensitivity) : undefined;
      return {
        results: buildResults({ agencyIds, nodeKeys: compiled.keys, aggregate: result, ranks, stability }),
      };
    },
  };
}

/**
 * Scores a whole input document: leaf and index scores, totals, ranks, contributions, coverage and, when
 * `sensitivity` is given, rank stability. The input is validated here too; throws {@link ScoringInputError}.
 */
export function scoreDocument(input: ScoringInput): ScoringOutput {
  return prepareScoring(input).score();
}
