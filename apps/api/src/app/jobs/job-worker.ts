import { HttpException } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import {
  CLEANUP_QUEUE,
  JOB_QUEUE,
  QUEUE_POOL_SIZE,
  QUEUE_SCHEMA,
  QUEUE_SCHEMA_VERSION,
} from './job-queue-schema';

import { jobHandlerOf, JobSupersededError, type JobContext } from './job-handlers';
import {
  claimJob,
  recordFailure,
  recordHeartbeat,
  recordProgress,
  recordResult,
  removeExpiredJobs,
  type ClaimedJob,
} from './job-records';
import { recoverLostJobs } from './job-recovery';
import { runMaintenanceTasks } from './maintenance-tasks';

/** `application_name` of the queue's connections, so operators can tell them apart in pg_stat_activity. */
export const QUEUE_APPLICATION_NAME = 'prgauge-jobs';

/** How often a running job's record says its worker is alive; `job-recovery.ts` waits several of these. */
export const HEARTBEAT_MS = 15_000;

/** How long a stopping worker lets its job run on before handing it back to the queue for another worker. */
export const STOP_GRACE_MS = 3_000;

/** How long opening a queue connection may take. */
const QUEUE_CONNECT_TIMEOUT_MS = 5_000;

/** How long one of the queue's own statements may run (they are small: fetch, complete, archive). */
const QUEUE_QUERY_TIMEOUT_MS = 2_000;

/** node-postgres pool settings pg-boss passes through to its pool, which its types do not list. */
interface PoolBounds {
  keepAlive: boolean;
  connectionTimeoutMillis: number;
  query_timeout: number;
}

/** Cleanup of expired results and recovery of lost jobs: every minute, on one instance at a time. */
const MAINTENANCE_CRON = '* * * * *';

export interface JobWorkerOptions {
  /** Where the queue's own pool connects (`QUEUE_POOL_SIZE` connections); unused when `db` is given. */
  connectionString: string;
  /** The API's data source: job records and handlers use its pool. */
  dataSource: DataSource;
  /** The current instant (the app's `Clock`). */
  now: () => Date;
  /** Where pg-boss's warnings go. */
  warn: (message: string) => void;
  /** Instead of its own pool, run the queue's SQL here (tests stand a frozen connection in for a dead process). */
  db?: PgBoss.Db;
  /** How often an idle worker asks for a job, in seconds. */
  pollingIntervalSeconds?: number;
  /** Whether this worker also runs the queue's maintenance and the scheduled cleanup. */
  maintenance?: boolean;
}

/** Thrown at start-up when the queue's schema is missing or at another version than this pg-boss expects. */
export class QueueSchemaError extends Error {}

/** This process's started workers, so that a job queued here starts without waiting for the next poll. */
const started = new Set<JobWorker>();

/**
 * Asks this process's workers to take queued jobs now rather than at their next poll (up to a second later). Call
 * it once the transaction that queued a job has committed; a worker in another process still finds it by polling.
 */
export function wakeJobWorkers(): void {
  for (const worker of started) worker.wake();
}

/**
 * A worker of the background-job queue: takes one job at a time, runs its kind's handler, and writes the result
 * to the job's record once. Started with the API (`JobsModule`); tests start their own.
 */
export class JobWorker {
  private workerId: string | null = null;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobWorkerOptions,
  ) {}

  /**
   * Connects, checks that the migrations built the queue's schema at the expected version (never building it
   * itself: `migrate: false`), and starts taking jobs. Rejects with `QueueSchemaError` when the schema is wrong.
   */
  static async start(options: JobWorkerOptions): Promise<JobWorker> {
    const maintenance = options.maintenance ?? true;
    const config: PgBoss.ConstructorOptions & PoolBounds = {
      ...(options.db ? { db: options.db } : { connectionString: options.connectionString }),
      schema: QUEUE_SCHEMA,
      max: QUEUE_POOL_SIZE,
      application_name: QUEUE_APPLICATION_NAME,
      // pg-boss hands these to its pg.Pool: a server that vanished or froze cannot hold a query (or the stop) for ever.
      keepAlive: true,
      connectionTimeoutMillis: QUEUE_CONNECT_TIMEOUT_MS,
      query_timeout: QUEUE_QUERY_TIMEOUT_MS,
      migrate: false,
      supervise: maintenance,
      schedule: maintenance,
      maintenanceIntervalSeconds: 60,
    };
    const boss = new PgBoss(config);
    boss.on('error', (error: Error) => options.warn(`job queue: ${error.message}`));
    try {
      await boss.start();
    } catch (error) {
      await boss.stop({ graceful: false }).catch(() => undefined);
      throw new QueueSchemaError(
        `The job queue's schema "${QUEUE_SCHEMA}" is missing or not at version ${QUEUE_SCHEMA_VERSION} ` +
          `(${(error as Error).message}): run the migrations ("migrate" command) first`,
      );
    }
    const worker = new JobWorker(boss, options);
    worker.workerId = await boss.work<unknown>(
      JOB_QUEUE,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 1 },
      ([job]) => worker.run(job),
    );
    if (maintenance) {
      await boss.schedule(CLEANUP_QUEUE, MAINTENANCE_CRON);
      await boss.work(CLEANUP_QUEUE, () => worker.maintain());
    }
    started.add(worker);
    return worker;
  }

  /** Ends the wait for the next poll, so a job just queued is taken now. */
  wake(): void {
    if (this.workerId) this.boss.notifyWorker(this.workerId);
  }

  /** The queue, for recovery and tests. */
  get queue(): PgBoss {
    return this.boss;
  }

  /**
   * Stops taking jobs and lets the job in hand run for `STOP_GRACE_MS`; a job still running then goes back to the
   * queue for the next worker (its late result is refused, see `recordResult`). Closes the queue's pool.
   */
  async stop(): Promise<void> {
    started.delete(this);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, STOP_GRACE_MS + QUEUE_QUERY_TIMEOUT_MS);
    });
    try {
      // Bounded: a queue whose database is gone must not hold up the rest of the shutdown.
      await Promise.race([this.boss.stop({ graceful: true, timeout: STOP_GRACE_MS, wait: true }), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Removes expired results, hands lost jobs back to the queue, and runs the other folders' maintenance tasks
   * (`registerMaintenanceTask`); what the scheduled maintenance runs.
   */
  async maintain(): Promise<{ removed: number; recovered: number }> {
    const manager = this.options.dataSource.manager;
    const now = this.options.now();
    const recovered = await recoverLostJobs(manager, this.boss, now);
    const removed = await removeExpiredJobs(manager, now);
    await runMaintenanceTasks(manager, now, this.options.warn);
    return { removed, recovered };
  }

  private async run(job: PgBoss.Job<unknown>): Promise<void> {
    const manager = this.options.dataSource.manager;
    const claimed = await claimJob(manager, job.id, this.options.now());
    if (!claimed) return;
    const handler = jobHandlerOf(claimed.kind);
    if (!handler) {
      await recordFailure(manager, claimed.id, 'job.failed', this.options.now(), claimed.attempt);
      this.options.warn(`no handler for job kind "${claimed.kind}" (job ${claimed.id})`);
      return;
    }
    const heartbeat = setInterval(
      () => void recordHeartbeat(manager, claimed, this.options.now()).catch(() => undefined),
      HEARTBEAT_MS,
    );
    heartbeat.unref();
    try {
      const file = await handler(job.data, this.contextOf(claimed));
      await recordResult(manager, claimed, file, this.options.now());
    } catch (error) {
      if (error instanceof JobSupersededError) return;
      await recordFailure(manager, claimed.id, failureCode(error), this.options.now(), claimed.attempt);
      this.options.warn(`job ${claimed.id} (${claimed.kind}) failed: ${(error as Error).message}`);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private contextOf(job: ClaimedJob): JobContext {
    return {
      jobId: job.id,
      regionId: job.regionId,
      requestedBy: job.requestedBy,
      reportProgress: async (done, total) => {
        const current = await recordProgress(
          this.options.dataSource.manager,
          job,
          { done, total },
          this.options.now(),
        );
        if (!current) throw new JobSupersededError(job.id);
      },
    };
  }
}

/** The catalogue code a failed handler gave (an `ApiException`'s), else `job.failed`. */
function failureCode(error: unknown): string {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string')
      return body.code;
  }
  return 'job.failed';
}
