import PgBoss from 'pg-boss';

/** The PostgreSQL schema that holds the job queue's tables (pg-boss's own), beside the product's `public`. */
export const QUEUE_SCHEMA = 'pgboss';

/**
 * The queue's schema version that the migrations build and this pg-boss expects. Moving to a pg-boss with another
 * version takes a new migration (`PgBoss.getMigrationPlans`); `queueConstructionSql` refuses to build any other.
 */
export const QUEUE_SCHEMA_VERSION = 24;

/**
 * The job queue's own pool (`job-worker.ts`): polling, completing and the queue's maintenance. Taken from the
 * API's connection budget (`database/typeorm-options.ts`).
 */
export const QUEUE_POOL_SIZE = 3;

/** The queue every background job of the product goes through; the kind is in the job record. */
export const JOB_QUEUE = 'background-job';

/** The queue of the scheduled cleanup of finished jobs (one cron entry, see `job-worker.ts`). */
export const CLEANUP_QUEUE = 'background-job-cleanup';

/** pg-boss's internal queue that turns cron entries into jobs; created here so the library never makes tables. */
const CRON_QUEUE = '__pgboss__send-it';

/**
 * How the product's queue behaves. A job whose worker was lost is retried at once (its loss was only noticed after
 * a wait), 3 times, and then given up; a job still active after `expireInSeconds` is taken as lost (a healthy worker finishes within it: 1,000
 * scorecards render in minutes). Losses are usually found sooner, by the record's heartbeat (`job-recovery.ts`).
 */
export const JOB_QUEUE_OPTIONS = {
  policy: 'standard',
  retryLimit: 3,
  retryDelay: 0,
  retryBackoff: false,
  expireInSeconds: 2 * 60 * 60,
  retentionMinutes: 7 * 24 * 60,
} as const;

/** The cleanup's queue: a run that fails is simply run again at the next tick. */
const CLEANUP_QUEUE_OPTIONS = { policy: 'standard', retryLimit: 0, expireInSeconds: 15 * 60 } as const;

/**
 * The SQL that creates the queue's schema at the version this pg-boss expects, without pg-boss's own
 * `BEGIN`/`COMMIT` around it, so that a migration runs it inside its own transaction.
 */
export function queueConstructionSql(): string {
  const plan = PgBoss.getConstructionPlans(QUEUE_SCHEMA).trim();
  if (!plan.startsWith('BEGIN;') || !plan.endsWith('COMMIT;'))
    throw new Error('pg-boss construction plan no longer has the expected BEGIN/COMMIT frame');
  if (!plan.includes(`INSERT INTO ${QUEUE_SCHEMA}.version(version) VALUES ('${QUEUE_SCHEMA_VERSION}')`))
    throw new Error(`pg-boss no longer builds queue schema version ${QUEUE_SCHEMA_VERSION}: add a migration`);
  return plan.slice('BEGIN;'.length, -'COMMIT;'.length);
}

/** The statements that create the product's queues (each with its table partition), run by the migration. */
export function queueCreationSql(): { sql: string; parameters: [string, string] }[] {
  const create = (name: string, options: object) => ({
    sql: `SELECT ${QUEUE_SCHEMA}.create_queue($1, $2)`,
    parameters: [name, JSON.stringify(options)] as [string, string],
  });
  return [
    create(CRON_QUEUE, { policy: 'standard' }),
    create(JOB_QUEUE, JOB_QUEUE_OPTIONS),
    create(CLEANUP_QUEUE, CLEANUP_QUEUE_OPTIONS),
  ];
}
