import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored value's `updated_by` becomes provenance, as `audit_entry.user_id` has always been, rather than a
 * foreign key to `app_user` (issue 18, value import within 5× the parse). Accounts are deactivated, never
 * deleted, so the key's `ON DELETE SET NULL` never ran; yet PostgreSQL checked it for every value written. On
 * an 80,000-value import into fresh drafts that check was about 300 of 1,150 ms of the upsert, measured side by
 * side on one PostgreSQL with and without the key. Who wrote each value, and when, stays in the audit trail.
 */
export class DropValueWriterReference20270222100000 implements MigrationInterface {
  name = 'DropValueWriterReference20270222100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE submission_value DROP CONSTRAINT IF EXISTS submission_value_updated_by_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE submission_value v SET updated_by = NULL
                    WHERE updated_by IS NOT NULL AND NOT EXISTS (SELECT FROM app_user u WHERE u.id = v.updated_by)`);
    await q.query(`ALTER TABLE submission_value ADD CONSTRAINT submission_value_updated_by_fkey
                     FOREIGN KEY (updated_by) REFERENCES app_user(id) ON DELETE SET NULL`);
  }
}
