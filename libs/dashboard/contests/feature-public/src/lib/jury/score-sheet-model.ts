import {
  type ContestCriterion,
  criterionKind,
  criterionShares,
  LIMITS,
  type JurorTask,
  type NominationView,
} from '@prgauge/contracts';

/** The criteria a juror scores; measured ones come from the applications' verified figures. */
export function juryCriteria(nomination: NominationView): ContestCriterion[] {
  return nomination.criteria.filter((c) => criterionKind(c) === 'jury');
}

/**
 * Each criterion's share of the application's score in percent, by key, jury and measured alike: weights
 * are relative, so 0.3 / 0.3 / 0.2 count 37.5 % / 37.5 % / 25 %.
 */
export function scoreShares(nomination: NominationView): Map<string, number> {
  const shares = criterionShares(nomination.criteria);
  return new Map(nomination.criteria.map((c, i) => [c.key, shares[i] * 100]));
}

/** A sheet as typed: a score per criterion key as text, so that an empty box stays empty. */
export interface SheetValue {
  scores: Partial<Record<string, string>>;
  comment: string;
}

export function sheetValueOf(task: JurorTask): SheetValue {
  const scores: Partial<Record<string, string>> = {};
  for (const [key, score] of Object.entries(task.scores ?? {})) scores[key] = String(score);
  return { scores, comment: task.comment ?? '' };
}

/** Problems as text keys per criterion key, and `comment` when a required comment is missing. */
export function sheetProblems(value: SheetValue, nomination: NominationView): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const c of juryCriteria(nomination)) {
    const text = (value.scores[c.key] ?? '').trim().replace(',', '.');
    const score = Number(text);
    if (text === '' || Number.isNaN(score) || score < LIMITS.juryScore.min || score > LIMITS.juryScore.max)
      problems[c.key] = 'contests.jury.problem.score';
  }
  if (nomination.commentRequired && !value.comment.trim())
    problems['comment'] = 'contests.jury.problem.comment';
  return problems;
}

export function sheetScores(value: SheetValue, nomination: NominationView): Record<string, number> {
  return Object.fromEntries(
    juryCriteria(nomination).map((c) => [
      c.key,
      Number((value.scores[c.key] ?? '').trim().replace(',', '.')),
    ]),
  );
}

/**
 * The juror's own weighted total over the jury criteria, 0 to 10, as the results count it; shown as they
 * type, null until every jury criterion has a score.
 */
export function weightedTotal(value: SheetValue, nomination: NominationView): number | null {
  const criteria = juryCriteria(nomination);
  if (!criteria.length || Object.keys(sheetProblems({ ...value, comment: 'x' }, nomination)).length)
    return null;
  const scores = sheetScores(value, nomination);
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  return criteria.reduce((sum, c) => sum + scores[c.key] * c.weight, 0) / weights;
}

/** Per nomination: how many of the juror's sheets are saved out of those assigned. */
export function juryProgress(tasks: JurorTask[]): { nominationId: string; scored: number; total: number }[] {
  const byNomination = new Map<string, { scored: number; total: number }>();
  for (const t of tasks) {
    const row = byNomination.get(t.nominationId) ?? { scored: 0, total: 0 };
    row.total += 1;
    if (t.scores) row.scored += 1;
    byNomination.set(t.nominationId, row);
  }
  return [...byNomination].map(([nominationId, row]) => ({ nominationId, ...row }));
}
