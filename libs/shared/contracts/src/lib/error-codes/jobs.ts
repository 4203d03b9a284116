/** Refusals and failures of background jobs (issue 18, item 5). */
export const JOB_ERRORS = {
  /** 409 from `GET /api/jobs/:id/result` while the job is queued, running or failed; `state` says which. */
  'job.not_done': 'The job has no result: it is {state}',
  /** A job's failure when its handler gave no code of its own. */
  'job.failed': 'The job failed',
  /** A job's failure when its worker was lost more times than the queue retries. */
  'job.abandoned': 'The job was interrupted too many times and was given up',
} as const;
