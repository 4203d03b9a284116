import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Value imports queued by an earlier release carry their checked writes in the job's payload (`data.writes`, an
 * object per agency with its values). Each job that can still run gets them as its plan, in that same shape, so an
 * upgrade with imports waiting saves them instead of reporting nothing applied. A run that already committed them
 * before the upgrade meets its own values and is refused as stale, so nothing is written twice.
 */
export class MoveQueuedImportWrites20270220110000 implements MigrationInterface {
  name = 'MoveQueuedImportWrites20270220110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO value_import_plan (job_id, writes)
      SELECT j.id, (j.data -> 'writes')::json
        FROM pgboss.job j
        JOIN background_job b ON b.id = j.id
       WHERE b.kind = 'value-import' AND b.state IN ('queued', 'running') AND j.data ? 'writes'
      ON CONFLICT (job_id) DO NOTHING`);
    await q.query(`
      UPDATE pgboss.job j SET data = j.data - 'writes'
        FROM value_import_plan p
       WHERE p.job_id = j.id AND j.data ? 'writes'`);
  }

  async down(): Promise<void> {
    // The plans stay where the current release reads them; an older release would find its jobs without writes.
  }
}
