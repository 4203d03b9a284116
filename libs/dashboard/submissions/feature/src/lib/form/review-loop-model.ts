import {
  changedValues,
  commentAnswer,
  type CommentAnswer,
  type EvidenceView,
  type ReviewCommentView,
  type SubmissionView,
} from '@prgauge/contracts';
import type { FieldValue } from './form-model';

/** How many open review comments each section (top-level index key) has. */
export function openCommentsBySection(view: SubmissionView): Map<string, number> {
  const indexOf = new Map(view.leaves.map((leaf) => [leaf.key, leaf.index]));
  const counts = new Map<string, number>();
  for (const comment of view.comments) {
    const index = comment.open && comment.indicator ? indexOf.get(comment.indicator) : undefined;
    if (index) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}

/**
 * The sections to show expanded: the first, where the work starts, and every one with an open comment, so no
 * comment hides in a collapsed section.
 */
export function sectionsToOpen(view: SubmissionView): Set<string> {
  const first = view.indices.slice(0, 1).map((index) => index.key);
  return new Set([...first, ...openCommentsBySection(view).keys()]);
}

/** One value that differs from what the last review saw. */
export interface ChangedValue {
  indicator: string;
  before: number | null;
  after: FieldValue;
}

/** What the agency did since the return, for the confirmation before resubmitting. */
export interface ChangesSummary {
  values: ChangedValue[];
  evidence: EvidenceView[];
  replies: ReviewCommentView[];
}

/** The indicators the agency fills, whose value changes count as answers. */
const agencyKeys = (view: SubmissionView) =>
  new Set(view.leaves.filter((leaf) => leaf.source === 'agency').map((leaf) => leaf.key));

const liveValues = (view: SubmissionView, values: ReadonlyMap<string, FieldValue>) =>
  view.values.map((v) => ({
    indicator: v.indicator,
    value: values.get(v.indicator) ?? null,
    reviewedValue: v.reviewedValue,
  }));

/** The time of the latest return: its open comments' earliest creation, or null when nothing is open. */
function returnedAt(comments: readonly ReviewCommentView[]): string | null {
  const open = comments.filter((c) => c.open).map((c) => c.createdAt);
  return open.length ? open.reduce((a, b) => (a < b ? a : b)) : null;
}

/** Changed values, evidence added and replies written since the latest return, as the form holds them now. */
export function changesSinceReturn(
  view: SubmissionView,
  values: ReadonlyMap<string, FieldValue>,
  evidence: readonly EvidenceView[],
  comments: readonly ReviewCommentView[],
): ChangesSummary {
  const since = returnedAt(comments);
  const changed = changedValues(liveValues(view, values), agencyKeys(view));
  const reviewed = new Map(view.values.map((v) => [v.indicator, v.reviewedValue]));
  return {
    values: [...changed].map((indicator) => ({
      indicator,
      before: reviewed.get(indicator) ?? null,
      after: values.get(indicator) ?? null,
    })),
    evidence: since ? evidence.filter((e) => e.createdAt > since) : [],
    replies: comments.filter((c) => c.open && c.reply?.trim()),
  };
}

/** How each open comment is answered now (null: not yet), by comment id. */
export function commentAnswers(
  view: SubmissionView,
  values: ReadonlyMap<string, FieldValue>,
  evidence: readonly EvidenceView[],
  comments: readonly ReviewCommentView[],
): Map<string, CommentAnswer | null> {
  const changes = { changedValues: changedValues(liveValues(view, values), agencyKeys(view)), evidence };
  return new Map(comments.filter((c) => c.open).map((c) => [c.id, commentAnswer(c, changes)]));
}
