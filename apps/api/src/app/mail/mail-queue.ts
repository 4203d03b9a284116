import { QUEUE_SCHEMA } from '../jobs/job-queue-schema';

/** The pg-boss queue of outgoing mail: one job per `mail_message`, with the message's id as the job's id. */
export const MAIL_QUEUE = 'mail';

/**
 * The mail worker's own pool (`mail-worker.ts`): fetching and completing jobs. Taken from the API's connection
 * budget (`database/typeorm-options.ts`), like the job queue's; the messages themselves are read and marked
 * through the API's pool.
 */
export const MAIL_QUEUE_POOL_SIZE = 2;

/**
 * How a message is retried: 6 tries in all, waiting 30 s, then about 1, 2, 4 and 8 minutes (pg-boss doubles
 * `retryDelay` per retry with `retryBackoff`), so a mail server down for a quarter of an hour loses nothing.
 * A send still running after `expireInSeconds` counts as lost (a worker that died) and is retried: longer than
 * the transport's own time bounds (`mail-transport.ts`).
 */
export const MAIL_QUEUE_OPTIONS = {
  policy: 'standard',
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
  retentionMinutes: 7 * 24 * 60,
} as const;

/** The statement that creates the mail queue (with its table partition), run by the migration. */
export function mailQueueCreationSql(): { sql: string; parameters: [string, string] } {
  return {
    sql: `SELECT ${QUEUE_SCHEMA}.create_queue($1, $2)`,
    parameters: [MAIL_QUEUE, JSON.stringify(MAIL_QUEUE_OPTIONS)],
  };
}
