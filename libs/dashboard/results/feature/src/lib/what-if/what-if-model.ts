import type { CycleView, FrameworkDocument, FrameworkDocumentNode } from '@prgauge/contracts';
import { latestPublishedCycle } from '@prgauge/dashboard-admin-data-access';
import type { ScoringInput, WeightOverrides, WhatIfResult } from '@prgauge/scoring';

type Node = ScoringInput['framework']['indicators'][number];

export interface WeightSlider {
  key: string;
  name: Node['name'];
  official: number;
  /** Sub-indices, for those who want to move them too. */
  children: WeightSlider[];
}

/** Sliders for the indices and their sub-indices (leaves are left alone: there are too many to move by hand). */
export function slidersOf(indicators: readonly Node[]): WeightSlider[] {
  return indicators.map((node) => ({
    key: node.key,
    name: node.name,
    official: node.weight,
    children:
      'children' in node && node.children
        ? node.children
            .filter((child) => 'children' in child && child.children)
            .map((child) => ({ key: child.key, name: child.name, official: child.weight, children: [] }))
        : [],
  }));
}

export interface WhatIfRow {
  agencyId: string;
  total: number | null;
  rank: number | null;
  officialRank: number | null;
  /** Places gained against the official weights (positive = up). */
  change: number | null;
}

/** Rows by the new rank, each with its rank under the official weights. */
export function whatIfRows(
  agencyIds: readonly string[],
  result: WhatIfResult,
  official: WhatIfResult,
): WhatIfRow[] {
  const rows = agencyIds.map((agencyId, i): WhatIfRow => {
    const rank = result.ranks[i] || null;
    const officialRank = official.ranks[i] || null;
    return {
      agencyId,
      total: Number.isNaN(result.totals[i]) ? null : result.totals[i],
      rank,
      officialRank,
      change: rank !== null && officialRank !== null ? officialRank - rank : null,
    };
  });
  return rows.sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.agencyId.localeCompare(b.agencyId),
  );
}

/** Only the weights that differ from the official ones, so a reset is an empty object. */
export function changedWeights(overrides: WeightOverrides, sliders: WeightSlider[]): WeightOverrides {
  const official = new Map<string, number>();
  const visit = (list: WeightSlider[]) =>
    list.forEach((s) => {
      official.set(s.key, s.official);
      visit(s.children);
    });
  visit(sliders);
  return Object.fromEntries(
    Object.entries(overrides).filter(([key, weight]) => official.get(key) !== weight),
  );
}

/** A copy of a stored framework with some weights replaced, everything else (texts, measures) kept. */
export function withWeights(framework: FrameworkDocument, overrides: WeightOverrides): FrameworkDocument {
  const apply = (node: FrameworkDocumentNode): FrameworkDocumentNode => {
    const weight = overrides[node.key] ?? node.weight;
    return node.children ? { ...node, weight, children: node.children.map(apply) } : { ...node, weight };
  };
  return { ...framework, indicators: framework.indicators.map(apply) };
}

/**
 * The cycle a what-if starts on: the latest published one by period, whose scores are official; else the
 * newest cycle there is. Drafts have no scores to compare with and are left out by the caller.
 */
export function startingCycle(cycles: readonly CycleView[]): string | null {
  return latestPublishedCycle(cycles)?.id ?? cycles[0]?.id ?? null;
}

/** The indices' weights as they stand, their sum, and each index's share of it (0..1). */
export function weightSum(
  sliders: readonly WeightSlider[],
  weightOf: (slider: WeightSlider) => number,
): { sum: number; shares: Map<string, number> } {
  const sum = sliders.reduce((total, s) => total + weightOf(s), 0);
  return { sum, shares: new Map(sliders.map((s) => [s.key, sum > 0 ? weightOf(s) / sum : 0])) };
}

/** How many agencies the ranking scores (a total) out of all it lists: the coverage of the comparison. */
export function rankingCoverage(rows: readonly { total: number | null }[]): { scored: number; of: number } {
  return { scored: rows.filter((r) => r.total !== null).length, of: rows.length };
}
