import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The checked writes of a queued value import, kept apart from the queue's job row: one row per job holding one
 * JSON document of parallel arrays (per agency, then per value), far smaller than an object per value. `json`, not
 * `jsonb`: it is only stored and read back whole, never queried into. The job deletes its row in the transaction
 * that saves the values.
 */
export class AddValueImportPlans20270220100000 implements MigrationInterface {
  name = 'AddValueImportPlans20270220100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE value_import_plan (
        job_id uuid PRIMARY KEY,
        writes json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE value_import_plan`);
  }
}
