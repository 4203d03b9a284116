import type { ScorecardIndex } from '@prgauge/contracts';

/** An index score (0..100) at or above this loses at most a quarter of the goalpost: a strength on its own. */
export const STRONG_SCORE = 75;
/** With peers, an index at the top counts as a strength from this score on: leading a weak field is not enough. */
export const LEADING_SCORE = 50;
/** How close (index points) to the best agency's score still counts as at the top, so that ties and near-ties do. */
export const TOP_MARGIN = 0.5;
/** A letter lists at most this many strengths; the other indices show what they still lose. */
export const MAX_STRENGTHS = 3;
/** Points below this are rounding, not a gap. */
const NO_GAP = 0.05;

/** A weakness and what it is measured against: the best agency (points of the total) or the goalpost (index points). */
export interface Weakness {
  index: ScorecardIndex;
  against: 'best' | 'goalpost';
  /** Points of the total lost to the best agency, or index points short of the goalpost's 100. */
  points: number;
}

/** The indices a scorecard letter lists as strengths (best first) and as where to improve (largest gap first). */
export interface StrengthsAndWeaknesses {
  strengths: ScorecardIndex[];
  weaknesses: Weakness[];
}

/**
 * Sorts an agency's scored indices into strengths and weaknesses. Every index score is normalised to 0..100,
 * where 100 is the goalpost (the framework's target, or the best value where it normalises across agencies), so
 * the points an agency loses on an index are measured first against the goalpost, then against its peers: the
 * distance-to-target reading of a composite indicator's components (OECD/JRC, Handbook on Constructing Composite
 * Indicators, 2008, section 6).
 *
 * - A strength is an index where the agency loses the fewest points of the goalpost: a score of at least
 *   {@link STRONG_SCORE}, or, among two or more ranked agencies, a score at the top (within {@link TOP_MARGIN} of the
 *   best, so tied leaders all count) of at least {@link LEADING_SCORE}. Highest score first, at most
 *   {@link MAX_STRENGTHS}.
 * - Every other scored index that still loses points is a weakness. Where the agency trails the best agency on it,
 *   the figure is the points of the total it loses to that agency (`pointsLost`); where it is the best agency
 *   there, or the only ranked one, it is judged against the goalpost: the index points short of 100. So the best
 *   agency, which trails nobody, still learns where it is furthest from the goalposts. Gaps to the best agency come
 *   first, then gaps to the goalpost, largest first.
 * - Unscored indices (no data) are neither. Ties keep the framework's order.
 *
 * `agencyCount` is the number of ranked agencies in the comparison (the scorecard's `agencyCount`).
 */
export function strengthsAndWeaknesses(
  indices: readonly ScorecardIndex[],
  agencyCount: number,
): StrengthsAndWeaknesses {
  const peers = agencyCount >= 2;
  const scored = indices.filter((i): i is ScorecardIndex & { score: number } => i.score !== null);
  const isStrength = (i: ScorecardIndex & { score: number }) =>
    i.score >= STRONG_SCORE ||
    (peers && i.best !== null && i.score >= LEADING_SCORE && i.best - i.score <= TOP_MARGIN);
  const strengths = scored
    .filter(isStrength)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_STRENGTHS);
  const weaknesses = scored
    .filter((i) => !strengths.includes(i))
    .map((index): Weakness => {
      const behindBest = peers && index.pointsLost >= NO_GAP;
      return behindBest
        ? { index, against: 'best', points: index.pointsLost }
        : { index, against: 'goalpost', points: 100 - index.score };
    })
    .filter((w) => w.points >= NO_GAP)
    .sort((a, b) => (a.against === b.against ? b.points - a.points : a.against === 'best' ? -1 : 1));
  return { strengths, weaknesses };
}
