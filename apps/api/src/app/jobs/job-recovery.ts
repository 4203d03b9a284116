import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE } from './job-queue-schema';
import { recordFailure } from './job-records';

/**
 * A running job whose record has not heard from its worker for this long is taken as lost (its process was
 * killed or its host went away): eight missed heartbeats.
 */
export const LOST_AFTER_MS = 2 * 60 * 1000;

interface LostJob {
  id: string;
  attempt: number;
}

/**
 * Hands jobs whose worker was lost back to the queue: pg-boss fails the active queue job, which puts it up for
 * retry (or gives it up after the queue's `retryLimit`), and the record returns to `queued` with no progress (the
 * lost attempt's work was rolled back or is done again by the next), so that a lost worker
 * that comes back can no longer write a result. A job given up is failed with `job.abandoned`. Returns how many
 * jobs were handed back or given up. pg-boss's own expiry (`expireInSeconds`) covers a job nobody recovers.
 */
export async function recoverLostJobs(manager: EntityManager, boss: PgBoss, now: Date): Promise<number> {
  const lost = (await manager.query(
    `SELECT id, attempt FROM background_job WHERE state = 'running' AND heartbeat_at < $1`,
    [new Date(now.getTime() - LOST_AFTER_MS)],
  )) as LostJob[];
  for (const job of lost) {
    const [, requeued] = (await manager.query(
      `UPDATE background_job SET state = 'queued', heartbeat_at = NULL, progress_done = 0
        WHERE id = $1 AND attempt = $2 AND state = 'running'`,
      [job.id, job.attempt],
    )) as [unknown, number];
    if (requeued !== 1) continue;
    await boss.fail(JOB_QUEUE, job.id, { message: 'worker lost' });
    const queued = await boss.getJobById(JOB_QUEUE, job.id);
    if (!queued || queued.state === 'failed' || queued.state === 'completed' || queued.state === 'cancelled')
      await recordFailure(manager, job.id, 'job.abandoned', now);
  }
  return lost.length;
}
