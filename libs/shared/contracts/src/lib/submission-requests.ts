/** One value of a save: a number, true/false for yes/no leaves, or null to clear. */
export interface SubmissionValueInput {
  indicator: string;
  value: number | boolean | null;
  /** At most 2,000 characters. */
  note?: string;
}

/** `PUT /api/submissions/:submissionId/values`; a stale `version` answers 409. */
export interface SaveValuesRequest {
  version: number;
  /** 1–500 entries, each indicator once. */
  values: SubmissionValueInput[];
}

/** A reviewer's comment; without `indicator` it is about the submission as a whole. */
export interface ReviewCommentInput {
  indicator?: string;
  body: string;
}

/** `POST /api/submissions/:submissionId/return`: at least one comment says what to fix. */
export interface ReturnSubmissionRequest {
  version: number;
  comments: ReviewCommentInput[];
}

/** `POST /api/submissions/:submissionId/submit` and `/approve`: the version last read. */
export interface SubmissionVersionRequest {
  version: number;
}

/** `POST /api/submissions/:submissionId/evidence/links`. */
export interface EvidenceLinkRequest {
  indicator: string;
  /** An http or https address. */
  url: string;
}

/** `PUT /api/submissions/:submissionId/comments/:commentId/reply`: the agency's answer to an open comment. */
export interface ReplyToCommentRequest {
  /** 1 to 4,000 characters; an empty reply is no answer. */
  body: string;
}
