import { LIMITS, type JurorTask, type NominationView } from '@prgauge/contracts';

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
  for (const c of nomination.criteria) {
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
    nomination.criteria.map((c) => [c.key, Number((value.scores[c.key] ?? '').trim().replace(',', '.'))]),
  );
}

/** The juror's own weighted total, 0 to 10, shown as they type; null until every criterion has a score. */
export function weightedTotal(value: SheetValue, nomination: NominationView): number | null {
  if (
    !nomination.criteria.length ||
    Object.keys(sheetProblems({ ...value, comment: 'x' }, nomination)).length
  )
    return null;
  const scores = sheetScores(value, nomination);
  const weights = nomination.criteria.reduce((sum, c) => sum + c.weight, 0);
  return nomination.criteria.reduce((sum, c) => sum + scores[c.key] * c.weight, 0) / weights;
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
