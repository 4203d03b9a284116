import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates apply for themselves without an account: they leave a contact email, their address is kept only
 * as a hash (to limit how many applications one address files), and a one-time upload token lets them attach
 * files to the application they just filed.
 */
export class AddPublicApplications20261215090000 implements MigrationInterface {
  name = 'AddPublicApplications20261215090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contest_application
        ADD COLUMN contact_email text,
        ADD COLUMN filer_ip_hash text,
        ADD COLUMN upload_token_hash text`);
    await q.query(
      `CREATE INDEX contest_application_ip ON contest_application (filer_ip_hash, filed_at) WHERE filer_ip_hash IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS contest_application_ip`);
    await q.query(`
      ALTER TABLE contest_application
        DROP COLUMN upload_token_hash,
        DROP COLUMN filer_ip_hash,
        DROP COLUMN contact_email`);
  }
}
