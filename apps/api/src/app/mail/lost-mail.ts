import type { EntityManager } from 'typeorm';
import { QUEUE_SCHEMA } from '../jobs/job-queue-schema';
import { MAIL_QUEUE } from './mail-queue';

/** What a message given up this way says, where no try recorded an error of its own. */
export const LOST_MAIL_ERROR = 'The sending worker was lost on every try';

/**
 * Gives up, as `failed`, the messages still `queued` whose job the queue has given up: a worker lost on the last
 * try is failed by pg-boss's expiry, which the worker never hears of. Run by the job queue's every-minute
 * maintenance (`registerMaintenanceTask`), before pg-boss archives failed jobs. Returns how many it gave up.
 */
export async function giveUpLostMail(manager: EntityManager): Promise<number> {
  const [row] = (await manager.query(
    `WITH given_up AS (
       UPDATE mail_message m SET state = 'failed', last_error = coalesce(m.last_error, $2)
         FROM ${QUEUE_SCHEMA}.job j
        WHERE j.name = $1 AND j.id = m.id AND j.state = 'failed' AND m.state = 'queued'
        RETURNING m.id
     )
     SELECT count(*)::int AS given FROM given_up`,
    [MAIL_QUEUE, LOST_MAIL_ERROR],
  )) as { given: number }[];
  return row.given;
}
