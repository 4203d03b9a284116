import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, QUEUE_SCHEMA } from './job-queue-schema';
import { BackgroundJob } from './background-job.entity';
import { jobHandlerOf } from './job-handlers';

/** What another folder asks for. `data` must survive JSON (it is stored in the queue's job row). */
export interface JobRequest<TData = unknown> {
  kind: string;
  regionId: string;
  /** The account asking: it, and its region's directors, follow the job and download its result. */
  requestedBy: string;
  /** What the job is about, in words its readers know (a cycle's name); at most 200 characters are kept. */
  label?: string;
  data: TData;
  /**
   * Answer the requester's own job of the same kind and the same data (as JSON) while it is queued or running,
   * rather than queueing a second one (a double click).
   */
  reuseOpen?: boolean;
}

/** Runs pg-boss's SQL on the caller's connection, so the job row is part of the caller's transaction. */
export function queueDbOf(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const own = manager.queryRunner ? null : manager.connection.createQueryRunner();
      try {
        const result = await (manager.queryRunner ?? own)?.query(text, values, true);
        return { rows: (result?.records ?? []) as unknown[] };
      } finally {
        await own?.release();
      }
    },
  };
}

/**
 * Only builds pg-boss's SQL for `send`; it is never started and holds no connection, since every send names
 * the caller's connection.
 */
const sender = new PgBoss({
  schema: QUEUE_SCHEMA,
  db: { executeSql: () => Promise.reject(new Error("enqueueJob sends through the caller's manager")) },
  migrate: false,
  supervise: false,
  schedule: false,
});

/**
 * Writes the job's record and queues it, both through `manager`: call it inside the transaction of the change that
 * asks for the job, so that a rolled-back change leaves neither. The job starts once that transaction commits.
 * Returns the job's id (the same in `background_job` and in the queue). Throws when no handler of `kind` is
 * registered, a mistake of the calling code rather than of the person asking.
 */
export async function enqueueJob<TData>(manager: EntityManager, request: JobRequest<TData>): Promise<string> {
  if (!jobHandlerOf(request.kind)) throw new Error(`no handler is registered for job kind "${request.kind}"`);
  if (request.reuseOpen) {
    const open = await openJobLike(manager, request);
    if (open) return open;
  }
  const id = randomUUID();
  await manager.insert(BackgroundJob, {
    id,
    kind: request.kind,
    regionId: request.regionId,
    requestedBy: request.requestedBy,
    label: request.label ? Array.from(request.label).slice(0, 200).join('') : null,
    state: 'queued',
    progressDone: 0,
    attempt: 0,
  });
  await sendOnQueue(manager, JOB_QUEUE, id, request.data as object);
  return id;
}

/**
 * Queues a job with the given id on one of the queues the migrations built (`JOB_QUEUE`, the mail queue), through
 * `manager`, so that the caller's transaction commits or rolls it back with its own rows. The queue's own settings
 * (retries, back-off, expiry) apply. Throws when the queue did not take it.
 */
export async function sendOnQueue(
  manager: EntityManager,
  queue: string,
  id: string,
  data: object,
): Promise<void> {
  const sent = await sender.send(queue, data, { id, db: queueDbOf(manager) });
  if (sent !== id) throw new Error(`the queue "${queue}" did not take job ${id}`);
}

/**
 * The id of the requester's queued or running job of the same kind and data, or null. Takes a transaction lock
 * per requester and kind first, so that two requests at once cannot both find none and both queue.
 */
async function openJobLike(manager: EntityManager, request: JobRequest<unknown>): Promise<string | null> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
    `job:${request.kind}:${request.requestedBy}`,
  ]);
  const rows = (await manager.query(
    `SELECT b.id FROM background_job b JOIN ${QUEUE_SCHEMA}.job j ON j.id = b.id AND j.name = $1
      WHERE b.kind = $2 AND b.requested_by = $3 AND b.state IN ('queued', 'running') AND j.data = $4::jsonb
      ORDER BY b.created_at DESC LIMIT 1`,
    [JOB_QUEUE, request.kind, request.requestedBy, JSON.stringify(request.data)],
  )) as { id: string }[];
  return rows[0]?.id ?? null;
}
