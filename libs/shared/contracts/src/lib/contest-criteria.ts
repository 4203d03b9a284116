import type { ContestCriterion, CriterionKind } from './contests';

/** A criterion's kind; criteria saved before measured criteria existed are jury criteria. */
export function criterionKind(criterion: Pick<ContestCriterion, 'kind'>): CriterionKind {
  return criterion.kind ?? 'jury';
}

/**
 * The share of the total weight each criterion really gets, 0..1, in the criteria's order: weights are
 * relative, so 0.3 / 0.3 / 0.2 count as 0.375 / 0.375 / 0.25. No weight at all gives every share 0.
 */
export function criterionShares(criteria: readonly Pick<ContestCriterion, 'weight'>[]): number[] {
  const sum = criteria.reduce((total, c) => total + c.weight, 0);
  return criteria.map((c) => (sum > 0 ? c.weight / sum : 0));
}

/**
 * Whether the weights as entered already add up to 1 or to 100 (to a millionth), so that the shares read as
 * typed; otherwise forms and sheets say that the shares shown are the ones used.
 */
export function weightsAddUp(criteria: readonly Pick<ContestCriterion, 'weight'>[]): boolean {
  const sum = criteria.reduce((total, c) => total + c.weight, 0);
  return Math.abs(sum - 1) < 1e-6 || Math.abs(sum - 100) < 1e-4;
}
