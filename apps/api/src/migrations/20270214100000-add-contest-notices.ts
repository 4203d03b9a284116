import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contest notifications (issue 19):
 * - `contest_application.locale`: the language a candidate without an account filed in, so that their receipt
 *   and later news reach them in it (null for earlier rows and for filings by accounts: the region's default
 *   language, or the account's own, applies);
 * - `contest_notice`: which date-driven notices of a contest were sent (judging open, voting open, the reminders
 *   before judging and voting close), one row each, so that the every-minute sweep sends each once.
 */
export class AddContestNotices20270214100000 implements MigrationInterface {
  name = 'AddContestNotices20270214100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contest_application ADD COLUMN locale text
      CHECK (locale IN ('ru', 'kk', 'fa', 'en'))`);
    await q.query(`
      CREATE TABLE contest_notice (
        contest_id uuid NOT NULL REFERENCES contest(id) ON DELETE CASCADE,
        notice text NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (contest_id, notice)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contest_notice`);
    await q.query(`ALTER TABLE contest_application DROP COLUMN locale`);
  }
}
