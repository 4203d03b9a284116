/**
 * Refusals of the review loop: answering a returned submission's comments and resubmitting it. Indicators are
 * named by `indicators` (their titles, comma-separated, in English where the framework has it) and, per comment,
 * in `details` with `field` the indicator key (or `submission` for a comment on the whole) and params
 * `indicator`, `title` and `commentId`.
 */
export const REVIEW_LOOP_ERRORS = {
  /**
   * 409: a returned submission goes back only once each open comment is answered: its value changed, evidence
   * added, or a reply written. `count` is how many are not; `details` hold one entry per comment
   * (`comment.unanswered`).
   */
  'submissions.comments_unanswered':
    'Answer every review comment before resubmitting: {count} unanswered ({indicators})',
  /** 409: only an open comment (of the latest return, before the resubmission) takes a reply. */
  'submissions.comment_closed': 'This comment was answered by a resubmission and takes no more replies',
} as const;

/** Problems of one comment of a returned submission; params hold `indicator`, `title` and `commentId`. */
export const REVIEW_LOOP_FIELD_PROBLEMS = {
  'comment.unanswered': 'Answer the comment: change the value, add evidence or reply',
} as const;
