import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The checked writes of a queued value import, kept apart from the queue's job row: one row per job, as parallel
 * arrays (per agency, then per value), so queueing a large import stores a few compressed arrays instead of a JSON
 * document of every value. The job deletes its row in the transaction that saves the values.
 */
export class AddValueImportPlans20270220100000 implements MigrationInterface {
  name = 'AddValueImportPlans20270220100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE value_import_plan (
        job_id uuid PRIMARY KEY,
        submission_ids uuid[] NOT NULL,
        agency_codes text[] NOT NULL,
        overwrite boolean[] NOT NULL,
        entry_counts integer[] NOT NULL,
        indicators text[] NOT NULL,
        "values" double precision[] NOT NULL,
        notes text[] NOT NULL,
        expected double precision[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE value_import_plan`);
  }
}
