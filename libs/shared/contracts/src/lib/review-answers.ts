/**
 * When a returned submission's comments count as answered. The API refuses a resubmission with an unanswered
 * comment, and the form shows the same judgement as the person types, so both read this one rule.
 */

/** How a comment was answered: its indicator's value changed, evidence was added to it, or a reply written. */
export type CommentAnswer = 'value' | 'evidence' | 'reply';

/** What the rule needs of a comment. `createdAt` is ISO 8601; `indicator` is null for the whole submission. */
export interface AnswerableComment {
  id: string;
  indicator: string | null;
  createdAt: string;
  reply: string | null;
}

/** What the agency did since the return. */
export interface ChangesSinceReturn {
  /** Indicators the agency fills whose value now differs from the value the return saw. */
  changedValues: ReadonlySet<string>;
  /** Evidence by indicator, with when it was added (ISO 8601). */
  evidence: readonly { indicator: string; createdAt: string }[];
}

/**
 * How a comment was answered, or null when it was not. A comment on the whole submission is answered only by a
 * reply, since no one value or file speaks to it. Evidence answers when added after the comment; evidence
 * stored in the same transaction as the comment (the same database time) came with it, so does not count.
 */
export function commentAnswer(comment: AnswerableComment, changes: ChangesSinceReturn): CommentAnswer | null {
  if (comment.reply?.trim()) return 'reply';
  const indicator = comment.indicator;
  if (indicator === null) return null;
  if (changes.changedValues.has(indicator)) return 'value';
  const since = Date.parse(comment.createdAt);
  const added = changes.evidence.some((e) => e.indicator === indicator && Date.parse(e.createdAt) > since);
  return added ? 'evidence' : null;
}

/** The comments among `open` that are not yet answered, in their order. */
export function unansweredComments<C extends AnswerableComment>(
  open: readonly C[],
  changes: ChangesSinceReturn,
): C[] {
  return open.filter((comment) => commentAnswer(comment, changes) === null);
}

/**
 * The indicators whose value differs from the value at the last review, among `agencyIndicators`. Yes/no
 * values compare as 1 and 0, as they are stored.
 */
export function changedValues(
  values: readonly { indicator: string; value: number | boolean | null; reviewedValue: number | null }[],
  agencyIndicators: ReadonlySet<string>,
): Set<string> {
  const stored = (v: number | boolean | null) => (typeof v === 'boolean' ? Number(v) : v);
  return new Set(
    values
      .filter((v) => agencyIndicators.has(v.indicator) && stored(v.value) !== v.reviewedValue)
      .map((v) => v.indicator),
  );
}
