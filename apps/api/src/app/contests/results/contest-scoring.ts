import type { ContestCriterion, ScoringMode } from '@prgauge/contracts';
import { criteriaScores, type MeasuredValue } from './measured-scoring';

/** The maths of contest results: plain data in, plain data out. */

export interface SheetScores {
  jurorId: string;
  applicationId: string;
  /** Criterion key → 0..10. */
  scores: Record<string, number>;
}

export interface RankingRules {
  criteria: Pick<ContestCriterion, 'key' | 'weight' | 'kind' | 'normalisation'>[];
  scoringMode: ScoringMode;
  /** The jury's part of a combined score, 0..1. */
  juryShare: number;
  normaliseJurors: boolean;
  places: number;
}

export interface RankingEntry {
  applicationId: string;
  /** Milliseconds since the epoch: the earlier application wins a full tie. */
  filedAt: number;
  votes: number;
}

export interface RankedEntry {
  applicationId: string;
  juryScore: number | null;
  votes: number;
  score: number | null;
  rank: number;
  winner: boolean;
}

/** A juror's total for one sheet: the weighted mean of the criterion scores, so it stays on the 0..10 scale. */
export function weightedTotal(scores: Record<string, number>, criteria: RankingRules['criteria']): number {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (weights <= 0) return 0;
  return criteria.reduce((sum, c) => sum + c.weight * (scores[c.key] ?? 0), 0) / weights;
}

export interface Total {
  jurorId: string;
  applicationId: string;
  total: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const deviation = (xs: number[], m: number) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));

/**
 * Per-juror z-scores, rescaled to the mean and (population) standard deviation of all totals in the
 * nomination, then clamped to 0..10: a harsh juror's best sheet then counts like a mild juror's best.
 * A juror whose totals do not vary (or who scored once) gets the pooled mean for each sheet.
 */
export function normaliseTotals(totals: Total[]): Total[] {
  if (totals.length === 0) return [];
  const all = totals.map((t) => t.total);
  const pooledMean = mean(all);
  const pooledSd = deviation(all, pooledMean);
  const byJuror = new Map<string, number[]>();
  for (const t of totals) byJuror.set(t.jurorId, [...(byJuror.get(t.jurorId) ?? []), t.total]);
  const stats = new Map(
    [...byJuror].map(([juror, xs]) => {
      const m = mean(xs);
      return [juror, { mean: m, sd: deviation(xs, m) }] as const;
    }),
  );
  return totals.map((t) => {
    const own = stats.get(t.jurorId) ?? { mean: t.total, sd: 0 };
    const z = own.sd > 0 ? (t.total - own.mean) / own.sd : 0;
    return { ...t, total: Math.min(10, Math.max(0, pooledMean + z * pooledSd)) };
  });
}

/** Each sheet's weighted total over the criteria given, normalised per juror when the nomination asks. */
export function jurorTotals(
  sheets: SheetScores[],
  criteria: RankingRules['criteria'],
  normalise: boolean,
): Total[] {
  const raw = sheets.map((s) => ({
    jurorId: s.jurorId,
    applicationId: s.applicationId,
    total: weightedTotal(s.scores, criteria),
  }));
  return normalise ? normaliseTotals(raw) : raw;
}

/** Each application's jury score: the mean over its jurors of their (optionally normalised) totals. */
export function juryScores(
  sheets: SheetScores[],
  criteria: RankingRules['criteria'],
  normalise: boolean,
): Map<string, number> {
  const byApplication = new Map<string, number[]>();
  for (const t of jurorTotals(sheets, criteria, normalise))
    byApplication.set(t.applicationId, [...(byApplication.get(t.applicationId) ?? []), t.total]);
  return new Map([...byApplication].map(([id, xs]) => [id, mean(xs)]));
}

/**
 * Combined mode: the jury scores and the vote counts are each scaled to 0..100 by the best in the
 * nomination, then mixed by the jury's share. A side where nobody scored (or voted) contributes 0.
 */
export function combinedScore(
  jury: number | null,
  votes: number,
  best: { jury: number; votes: number },
  juryShare: number,
): number {
  const juryPart = best.jury > 0 && jury !== null ? (100 * jury) / best.jury : 0;
  const votePart = best.votes > 0 ? (100 * votes) / best.votes : 0;
  return juryShare * juryPart + (1 - juryShare) * votePart;
}

const descendingNullsLast = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;

/**
 * Ranks a nomination by its mode. Ties are broken by the jury score, then by the earlier application;
 * the first `places` entries with a positive score win.
 */
export function rankNomination(
  rules: RankingRules,
  entries: RankingEntry[],
  sheets: SheetScores[],
  measures: MeasuredValue[] = [],
): RankedEntry[] {
  const jury = criteriaScores(
    rules,
    entries.map((e) => e.applicationId),
    sheets,
    measures,
  );
  const juryOf = (id: string) => jury.get(id) ?? null;
  const best = {
    jury: Math.max(0, ...entries.map((e) => juryOf(e.applicationId) ?? 0)),
    votes: Math.max(0, ...entries.map((e) => e.votes)),
  };
  const scored = entries.map((e) => {
    const juryScore = juryOf(e.applicationId);
    const score =
      rules.scoringMode === 'jury'
        ? juryScore
        : rules.scoringMode === 'vote'
          ? e.votes
          : combinedScore(juryScore, e.votes, best, rules.juryShare);
    return { ...e, juryScore, score };
  });
  scored.sort(
    (a, b) =>
      descendingNullsLast(a.score, b.score) ||
      descendingNullsLast(a.juryScore, b.juryScore) ||
      a.filedAt - b.filedAt ||
      a.applicationId.localeCompare(b.applicationId),
  );
  return scored.map((e, i) => ({
    applicationId: e.applicationId,
    juryScore: e.juryScore,
    votes: e.votes,
    score: e.score,
    rank: i + 1,
    winner: i < rules.places && e.score !== null && e.score > 0,
  }));
}
