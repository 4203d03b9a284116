import { criterionKind, type CriteriaReview } from '@prgauge/contracts';
import { jurorTotals, type RankingRules, type SheetScores } from './contest-scoring';
import type { MeasuredValue } from './measured-scoring';

/**
 * The spread of one application's juror totals (highest − lowest, 0..10) and whether it is above the
 * threshold. The spread is rounded to 4 decimals first, so that float noise (2.9999999 for 3) never flags
 * an application that sits exactly on the threshold. Fewer than two jurors have no spread.
 */
export function disagreementOf(
  totals: readonly number[],
  threshold: number,
): Pick<CriteriaReview, 'spread' | 'disagreement'> {
  if (totals.length < 2) return { spread: null, disagreement: false };
  const spread = Math.round((Math.max(...totals) - Math.min(...totals)) * 10_000) / 10_000;
  return { spread, disagreement: spread > threshold };
}

/**
 * What the organiser checks per application before publishing: each counted juror's weighted total over the
 * jury criteria (normalised when the nomination normalises jurors, as they enter the score), their spread
 * against the nomination's threshold, and the measured criteria still unverified.
 */
export function criteriaReviews(
  rules: Pick<RankingRules, 'criteria' | 'normaliseJurors'> & { disagreementThreshold: number },
  applicationIds: readonly string[],
  sheets: SheetScores[],
  measures: readonly MeasuredValue[],
  jurorNames: ReadonlyMap<string, string>,
): Map<string, CriteriaReview> {
  const jury = rules.criteria.filter((c) => criterionKind(c) === 'jury');
  const measured = rules.criteria.filter((c) => criterionKind(c) === 'measured');
  const totals = jury.length ? jurorTotals(sheets, jury, rules.normaliseJurors) : [];
  return new Map(
    applicationIds.map((id) => {
      const own = totals.filter((t) => t.applicationId === id);
      const verified = (key: string) =>
        measures.some((m) => m.applicationId === id && m.criterionKey === key && m.verified !== null);
      return [
        id,
        {
          jurorTotals: own.map((t) => ({
            jurorId: t.jurorId,
            name: jurorNames.get(t.jurorId) ?? '',
            total: Math.round(t.total * 10_000) / 10_000,
          })),
          ...disagreementOf(
            own.map((t) => t.total),
            rules.disagreementThreshold,
          ),
          unverified: measured.filter((c) => !verified(c.key)).map((c) => c.key),
        },
      ];
    }),
  );
}
