import { MigrationInterface, QueryRunner } from 'typeorm';
import { QUEUE_SCHEMA, queueConstructionSql, queueCreationSql } from '../app/jobs/job-queue-schema';

/**
 * Background jobs (issue 18, item 5): the job queue's schema (`pgboss`, exactly as pg-boss 10 builds it at its
 * schema version 24) and the product's queues, so that the library at runtime neither creates nor migrates
 * anything; and `background_job`, the record each job's requester follows, with its progress and result.
 */
export class AddBackgroundJobs20270209100000 implements MigrationInterface {
  name = 'AddBackgroundJobs20270209100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(queueConstructionSql());
    for (const { sql, parameters } of queueCreationSql()) await q.query(sql, parameters);
    await q.query(`
      CREATE TABLE background_job (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        requested_by uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        progress_done integer NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
        progress_total integer CHECK (progress_total >= 0),
        attempt integer NOT NULL DEFAULT 0,
        heartbeat_at timestamptz,
        result_file_name text,
        result_content_type text,
        result_content bytea,
        result_size integer,
        error_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        CHECK ((state = 'done') = (result_content IS NOT NULL)),
        CHECK ((state = 'failed') = (error_code IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX background_job_requester ON background_job (requested_by, created_at DESC, id)`,
    );
    await q.query(`CREATE INDEX background_job_region ON background_job (region_id, created_at DESC, id)`);
    await q.query(
      `CREATE INDEX background_job_expiry ON background_job (expires_at) WHERE expires_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX background_job_running ON background_job (heartbeat_at) WHERE state = 'running'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE background_job`);
    await q.query(`DROP SCHEMA ${QUEUE_SCHEMA} CASCADE`);
  }
}
