import type { ContestCriterion } from '@prgauge/contracts';
import type { FieldProblemInput } from '../../common/api-error';

/**
 * A criterion as stored on its nomination: jury criteria as they always were (key, name, weight), measured
 * criteria with their kind, unit and normalisation; anything else the request carried is dropped.
 */
export function storedCriterion(c: ContestCriterion): ContestCriterion {
  const base = { key: c.key, name: c.name, weight: c.weight };
  return c.kind === 'measured'
    ? { ...base, kind: 'measured', unit: c.unit, normalisation: c.normalisation }
    : base;
}

/** A measured criterion must name its unit and its normalisation (`criterion.measure_incomplete`). */
export function measuredCriteriaProblems(criteria: readonly ContestCriterion[]): FieldProblemInput[] {
  return criteria.flatMap((c, i): FieldProblemInput[] =>
    c.kind === 'measured' && (!c.unit || !c.normalisation)
      ? [
          {
            field: `criteria.${i}`,
            code: 'criterion.measure_incomplete',
            params: { criterion: c.key },
            problems: ['a measured criterion needs unit and normalisation'],
          },
        ]
      : [],
  );
}
