import type { ContestCriterion, ScoringMode, TieBreak } from '@prgauge/contracts';
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
  /** The tie-break chain in order; empty: tied candidates share the place. */
  tieBreaks: readonly TieBreak[];
}

export interface RankingEntry {
  applicationId: string;
  /** Milliseconds since the epoch, for the `earlier_application` tie-break. */
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
 * Scores are means and mixes of fractions: two candidates the rules make equal may differ in the last bits of
 * a double (0.7 × 100 + 0.3 × 50 against 0.3 × 100 + 0.7 × 50…), so they are compared at 1e-9.
 */
const comparable = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);

type Scored = RankingEntry & { juryScore: number | null; score: number | null };

/** Each tie-break as an order: negative when `a` goes first. */
const TIE_BREAK_ORDER: Record<TieBreak, (a: Scored, b: Scored) => number> = {
  jury_score: (a, b) => descendingNullsLast(comparable(a.juryScore), comparable(b.juryScore)),
  votes: (a, b) => b.votes - a.votes,
  earlier_application: (a, b) => a.filedAt - b.filedAt,
};

/** Whether a candidate has anything to be ranked by: votes, a jury score, or either when combined. */
function hasResult(mode: ScoringMode, e: Scored): boolean {
  if (mode === 'vote') return e.votes > 0;
  if (mode === 'jury') return e.juryScore !== null;
  return e.votes > 0 || e.juryScore !== null;
}

/** Each entry's score by the nomination's mode, with its jury score. */
function scoreEntries(
  rules: RankingRules,
  entries: RankingEntry[],
  sheets: SheetScores[],
  measures: MeasuredValue[],
): Scored[] {
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
  return entries.map((e) => {
    const juryScore = juryOf(e.applicationId);
    const score =
      rules.scoringMode === 'jury'
        ? juryScore
        : rules.scoringMode === 'vote'
          ? e.votes
          : combinedScore(juryScore, e.votes, best, rules.juryShare);
    return { ...e, juryScore, score };
  });
}

/**
 * Ranks a nomination by its mode and tie rule (standard competition ranking: 1, 2, 2, 4).
 * - Candidates with a result are ordered by score, then by the nomination's tie-break chain; those still equal
 *   share the place of the first of them.
 * - Candidates with no result (no votes in vote mode, no jury score in jury mode, neither when combined) all
 *   share the place right after the last candidate with one; no tie-break orders them.
 * - Winners are the candidates placed within `places` with a positive score, so a shared last winning place
 *   can give more winners than `places`.
 * The order within a shared place is by application id, only so that the answer is stable.
 */
export function rankNomination(
  rules: RankingRules,
  entries: RankingEntry[],
  sheets: SheetScores[],
  measures: MeasuredValue[] = [],
): RankedEntry[] {
  const scored = scoreEntries(rules, entries, sheets, measures);
  const ranked = scored.filter((e) => hasResult(rules.scoringMode, e));
  const unranked = scored.filter((e) => !hasResult(rules.scoringMode, e));
  const order = (a: Scored, b: Scored) =>
    descendingNullsLast(comparable(a.score), comparable(b.score)) ||
    rules.tieBreaks.reduce((found, step) => found || TIE_BREAK_ORDER[step](a, b), 0);
  const byId = (a: Scored, b: Scored) => a.applicationId.localeCompare(b.applicationId);
  ranked.sort((a, b) => order(a, b) || byId(a, b));
  unranked.sort(byId);
  const ranks: number[] = [];
  ranked.forEach((e, i) => ranks.push(i > 0 && order(ranked[i - 1], e) === 0 ? ranks[i - 1] : i + 1));
  const placed = [
    ...ranked.map((e, i) => ({ e, rank: ranks[i] })),
    ...unranked.map((e) => ({ e, rank: ranked.length + 1 })),
  ];
  return placed.map(({ e, rank }) => ({
    applicationId: e.applicationId,
    juryScore: e.juryScore,
    votes: e.votes,
    score: e.score,
    rank,
    winner: rank <= rules.places && e.score !== null && e.score > 0,
  }));
}
