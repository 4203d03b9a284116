import type { LeafMeta, LocalizedText } from './cycle';

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Why a value deserves a reviewer's second look; flags never block a submission. */
export type ValueFlag = 'far-from-previous' | 'outside-region-range';

export interface SubmissionValueView {
  indicator: string;
  value: number | null;
  note: string | null;
  /** The agency's value in the previous published cycle. */
  previous: number | null;
  flags: ValueFlag[];
  updatedAt: string | null;
  /** The value as the last review (return or approval) saw it; a difference answers a review comment. */
  reviewedValue: number | null;
}

export interface EvidenceView {
  id: string;
  indicator: string;
  kind: 'file' | 'link';
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  url: string | null;
  createdAt: string;
}

export interface ReviewCommentView {
  id: string;
  indicator: string | null;
  body: string;
  authorId: string | null;
  createdAt: string;
  /** True for a comment of the latest return that the agency has not yet resubmitted after. */
  open: boolean;
  /** The agency's answer in words, if any. */
  reply: string | null;
  repliedAt: string | null;
}

export interface LeafView extends LeafMeta {
  key: string;
  /** Key of the top-level index the leaf belongs to. */
  index: string;
  name: string | LocalizedText;
  type: 'number' | 'percent' | 'boolean' | 'rating';
  max?: number;
  direction: 'higher' | 'lower';
  /** The agency attribute (`prStaff`) the value is divided by before it is scored; absent when it is not. */
  per?: string;
}

export interface SubmissionView {
  id: string;
  cycleId: string;
  agencyId: string;
  /** `attributes` are the figures per-attribute indicators divide by (`prStaff`: PR staff). */
  agency: { code: string; name: LocalizedText; attributes: Record<string, number> };
  status: SubmissionStatus;
  version: number;
  deadline: string;
  extensionUntil: string | null;
  /** The IANA time zone of the cycle's region, in which the deadline is shown. */
  timeZone: string;
  /** Whether the agency may still edit: right status, and before its deadline. */
  editable: boolean;
  submittedAt: string | null;
  approvedAt: string | null;
  /** The framework's top-level indices, in order: one form section each. */
  indices: { key: string; name: string | LocalizedText }[];
  leaves: LeafView[];
  values: SubmissionValueView[];
  evidence: EvidenceView[];
  comments: ReviewCommentView[];
}

export interface ReviewQueueItem {
  submissionId: string;
  agencyId: string;
  agencyCode: string;
  agencyName: LocalizedText;
  status: SubmissionStatus;
  deadline: string;
  extensionUntil: string | null;
  /** The IANA time zone of the cycle's region, in which the deadline is shown. */
  timeZone: string;
  submittedAt: string | null;
  flags: number;
  /** Values that differ from what the last review saw. */
  changedSinceReview: number;
  version: number;
  /** For a committee member whose committees review only some indices: those index keys. */
  reviewIndices?: string[];
}

export type CompletenessState = 'not-started' | SubmissionStatus;

export interface CompletenessRow {
  agencyId: string;
  agencyCode: string;
  agencyName: LocalizedText;
  state: CompletenessState;
  /** Share (0..1) of the agency's own leaves that have a value. */
  filled: number;
  late: boolean;
  extensionUntil: string | null;
}

/** What a save returns: the new version and the saved values, with their flags. */
export interface SaveValuesResult {
  id: string;
  version: number;
  status: SubmissionStatus;
  editable: boolean;
  values: SubmissionValueView[];
}
