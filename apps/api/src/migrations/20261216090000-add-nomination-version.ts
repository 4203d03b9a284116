import { MigrationInterface, QueryRunner } from 'typeorm';

/** Nominations are edited after they are set up, so two organisers' edits need a version to detect a clash. */
export class AddNominationVersion20261216090000 implements MigrationInterface {
  name = 'AddNominationVersion20261216090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nomination ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nomination DROP COLUMN version`);
  }
}
