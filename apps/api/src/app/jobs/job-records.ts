import { JOB_RESULT_DAYS } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { BackgroundJob } from './background-job.entity';
import type { JobResultFile } from './job-handlers';

/** A job taken up by a worker: the attempt it runs as, and what its handler needs. */
export interface ClaimedJob {
  id: string;
  attempt: number;
  kind: string;
  regionId: string;
  requestedBy: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Marks a queued (or lost running) job as running under a new attempt, which starts its progress again from
 * nothing. Null when the job is finished or gone:
 * a queue job delivered again after its result was written is then completed without running twice.
 */
export async function claimJob(manager: EntityManager, id: string, now: Date): Promise<ClaimedJob | null> {
  const rows = (await manager.query(
    `UPDATE background_job
        SET state = 'running', attempt = attempt + 1, started_at = COALESCE(started_at, $2), heartbeat_at = $2,
            progress_done = 0
      WHERE id = $1 AND state IN ('queued', 'running')
      RETURNING id, attempt, kind, region_id AS "regionId", requested_by AS "requestedBy"`,
    [id, now],
  )) as [ClaimedJob[], number];
  return rows[0][0] ?? null;
}

/**
 * Records progress (and that the worker is alive) for the current attempt only; false when the job has moved on
 * to another attempt or finished.
 */
export async function recordProgress(
  manager: EntityManager,
  job: ClaimedJob,
  progress: { done: number; total: number | null },
  now: Date,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(BackgroundJob)
    .set({ progressDone: progress.done, progressTotal: progress.total, heartbeatAt: now })
    .where({ id: job.id, attempt: job.attempt, state: 'running' })
    .execute();
  return result.affected === 1;
}

/** The heartbeat alone, between progress reports; false as for `recordProgress`. */
export async function recordHeartbeat(manager: EntityManager, job: ClaimedJob, now: Date): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(BackgroundJob)
    .set({ heartbeatAt: now })
    .where({ id: job.id, attempt: job.attempt, state: 'running' })
    .execute();
  return result.affected === 1;
}

/**
 * Writes the result, once: only the current attempt of a running job may, so a second writer changes nothing.
 * True when this call wrote it. The result is kept `JOB_RESULT_DAYS` days.
 */
export async function recordResult(
  manager: EntityManager,
  job: ClaimedJob,
  file: JobResultFile,
  now: Date,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(BackgroundJob)
    .set({
      state: 'done',
      resultFileName: file.fileName,
      resultContentType: file.contentType,
      resultContent: file.bytes,
      resultSize: file.bytes.length,
      heartbeatAt: null,
      finishedAt: now,
      expiresAt: new Date(now.getTime() + JOB_RESULT_DAYS * DAY_MS),
    })
    .where({ id: job.id, attempt: job.attempt, state: 'running' })
    .execute();
  return result.affected === 1;
}

/**
 * Marks a job failed with a catalogue code. `attempt` guards as for results; without it (the queue gave the job up)
 * any unfinished job is failed. Failures are kept as long as results.
 */
export async function recordFailure(
  manager: EntityManager,
  id: string,
  errorCode: string,
  now: Date,
  attempt?: number,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(BackgroundJob)
    .set({
      state: 'failed',
      errorCode,
      heartbeatAt: null,
      finishedAt: now,
      expiresAt: new Date(now.getTime() + JOB_RESULT_DAYS * DAY_MS),
    })
    .where('id = :id AND state IN (:...open)', { id, open: ['queued', 'running'] })
    .andWhere(attempt === undefined ? 'TRUE' : 'attempt = :attempt', { attempt })
    .execute();
  return result.affected === 1;
}

/**
 * The scheduled cleanup: removes finished jobs, with their results, whose keeping period ended by `now`. Returns
 * how many were removed. Queued and running jobs are never removed.
 */
export async function removeExpiredJobs(manager: EntityManager, now: Date): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(BackgroundJob)
    .where('expires_at <= :now', { now })
    .execute();
  return result.affected ?? 0;
}
