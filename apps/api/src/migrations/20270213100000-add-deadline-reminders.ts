import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadline reminders (issue 19): one row per reminder sent, named by its key (the submission or, for a director's
 * digest, the cycle; the deadline it counts to; the point), so each point of each deadline goes out once, on any
 * number of API instances.
 */
export class AddDeadlineReminders20270213100000 implements MigrationInterface {
  name = 'AddDeadlineReminders20270213100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deadline_reminder (
        reminder_key text PRIMARY KEY,
        cycle_id uuid NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX deadline_reminder_cycle ON deadline_reminder (cycle_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_reminder`);
  }
}
