import { MigrationInterface, QueryRunner } from 'typeorm';

/** A background job's label: what it is about (a scorecard batch's cycle), so the jobs list can tell jobs apart. */
export class AddBackgroundJobLabel20270210100000 implements MigrationInterface {
  name = 'AddBackgroundJobLabel20270210100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE background_job ADD COLUMN label text CHECK (char_length(label) <= 200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE background_job DROP COLUMN label`);
  }
}
