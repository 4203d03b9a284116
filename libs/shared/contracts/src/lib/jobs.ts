/**
 * Background jobs (issue 18, item 5): long work (a scorecard for every agency, a large value import) runs on the
 * API's PostgreSQL-backed queue; the person who asked follows its progress and downloads its result later.
 */

/** Where a job stands: waiting for a worker, being worked on, finished with a result, or failed with a code. */
export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * The kinds of job the product runs, each with a name in the dashboard's dictionaries. The API keeps the kind as
 * text, so a kind added later shows under its key until it is named.
 */
export const JOB_KINDS = ['agency-scorecards', 'value-import'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** How long a finished job and its result are kept before the scheduled cleanup removes them, in days. */
export const JOB_RESULT_DAYS = 7;

/** A job's progress: `done` of `total` steps; `total` is null until the job knows how much there is to do. */
export interface JobProgress {
  done: number;
  total: number | null;
}

/** The file a finished job produced, as `GET /api/jobs/:id/result` sends it. */
export interface JobResultView {
  fileName: string;
  contentType: string;
  /** Size in bytes. */
  sizeBytes: number;
}

/** One background job, as its requester (or their region's director) sees it. */
export interface JobView {
  id: string;
  /** One of `JOB_KINDS` for the kinds the product knows. */
  kind: string;
  /** What the job is about, e.g. the cycle's name for a scorecard batch; null when its kind says it all. */
  label: string | null;
  regionId: string;
  /** The account that asked for it. */
  requestedBy: string;
  state: JobState;
  progress: JobProgress;
  /** Present once `state` is `done`. */
  result: JobResultView | null;
  /** The catalogue code of the failure once `state` is `failed`. */
  errorCode: string | null;
  /** ISO instants. */
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When the cleanup removes the job and its result (ISO instant); null until it finishes. */
  expiresAt: string | null;
}

/** The answer of a route that queued a background job: follow it at `GET /api/jobs/:jobId`. */
export interface JobStarted {
  jobId: string;
}
