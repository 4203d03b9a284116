import type { ReviewQueueItem, SubmissionStatus } from '@prgauge/contracts';

const WORK_FIRST: Record<SubmissionStatus, number> = { submitted: 0, returned: 1, draft: 2, approved: 3 };

/**
 * The review queue's order, work first: submitted before returned before drafts before approved, flagged and
 * most-changed first within each, then by agency code and submission id. It is total, so the queue pages without
 * repeating or skipping a submission.
 */
export function workFirst(a: ReviewQueueItem, b: ReviewQueueItem): number {
  return (
    WORK_FIRST[a.status] - WORK_FIRST[b.status] ||
    b.flags - a.flags ||
    b.changedSinceReview - a.changedSinceReview ||
    a.agencyCode.localeCompare(b.agencyCode) ||
    (a.submissionId < b.submissionId ? -1 : a.submissionId > b.submissionId ? 1 : 0)
  );
}
