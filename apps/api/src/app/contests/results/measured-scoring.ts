import { criterionKind, criterionShares } from '@prgauge/contracts';
import { scaleMeasured } from '@prgauge/scoring';
import { juryScores, type RankingRules, type SheetScores } from './contest-scoring';

/** One application's value of one measured criterion; only the verified value counts. */
export interface MeasuredValue {
  applicationId: string;
  criterionKey: string;
  verified: number | null;
}

/**
 * Each application's measured part, 0..10: every measured criterion's verified values are put on the jurors'
 * 0..10 scale across the nomination by the criterion's normalisation (`scaleMeasured` of the scoring
 * library: min-max goalposts are the lowest and highest verified values of the applications given), then
 * weighted by the criteria's shares. A value not verified counts as 0 and does not move the goalposts.
 */
export function measuredScores(
  criteria: RankingRules['criteria'],
  applicationIds: readonly string[],
  measures: readonly MeasuredValue[],
): Map<string, number> {
  const measured = criteria.filter((c) => criterionKind(c) === 'measured');
  const shares = criterionShares(measured);
  const totals = new Map(applicationIds.map((id) => [id, 0]));
  measured.forEach((criterion, i) => {
    const verified = applicationIds.map(
      (id) =>
        measures.find((m) => m.applicationId === id && m.criterionKey === criterion.key)?.verified ?? null,
    );
    const scaled = scaleMeasured(verified, criterion.normalisation === 'rank' ? 'rank' : 'minmax');
    applicationIds.forEach((id, a) => totals.set(id, (totals.get(id) ?? 0) + shares[i] * (scaled[a] ?? 0)));
  });
  return totals;
}

/**
 * Each application's criteria score, 0..10: the jury score (the mean of its jurors' weighted totals over the
 * jury criteria) and the measured part, weighted by the summed weights of the two kinds of criteria. With
 * jury criteria, an application without sheets has no score (as before); with measured criteria only, every
 * application has one.
 */
export function criteriaScores(
  rules: Pick<RankingRules, 'criteria' | 'normaliseJurors'>,
  applicationIds: readonly string[],
  sheets: SheetScores[],
  measures: readonly MeasuredValue[],
): Map<string, number> {
  const jury = rules.criteria.filter((c) => criterionKind(c) === 'jury');
  const juryPart = juryScores(sheets, jury, rules.normaliseJurors);
  const measuredWeight = rules.criteria.reduce(
    (w, c) => w + (criterionKind(c) === 'measured' ? c.weight : 0),
    0,
  );
  if (measuredWeight <= 0) return juryPart;
  const juryWeight = jury.reduce((w, c) => w + c.weight, 0);
  const measuredPart = measuredScores(rules.criteria, applicationIds, measures);
  const scores = new Map<string, number>();
  for (const id of applicationIds) {
    const juryScore = juryPart.get(id);
    if (juryWeight > 0 && juryScore === undefined) continue;
    scores.set(
      id,
      (juryWeight * (juryScore ?? 0) + measuredWeight * (measuredPart.get(id) ?? 0)) /
        (juryWeight + measuredWeight),
    );
  }
  return scores;
}
