import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data of applicants and voters: when they consented to its processing, and when it was erased (on
 * request or at the end of the retention period). An erased record keeps no contact data, which the database
 * itself guarantees; it stays, anonymised, so that results and counts do not change.
 */
export class AddPersonalDataConsent20261230100000 implements MigrationInterface {
  name = 'AddPersonalDataConsent20261230100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contest_application
        ADD COLUMN personal_data_consent_at timestamptz,
        ADD COLUMN personal_data_erased_at timestamptz,
        ADD CONSTRAINT contest_application_erased CHECK (
          personal_data_erased_at IS NULL
          OR (contact_email IS NULL AND filer_ip_hash IS NULL AND upload_token_hash IS NULL))`);
    await q.query(`
      ALTER TABLE contest_voter
        ADD COLUMN personal_data_consent_at timestamptz,
        ADD COLUMN personal_data_erased_at timestamptz,
        ALTER COLUMN work_link DROP NOT NULL,
        ADD CONSTRAINT contest_voter_erased CHECK (
          CASE WHEN personal_data_erased_at IS NULL THEN work_link IS NOT NULL
               ELSE work_link IS NULL AND document IS NULL END)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE contest_voter SET work_link = '' WHERE work_link IS NULL`);
    await q.query(`
      ALTER TABLE contest_voter
        DROP CONSTRAINT contest_voter_erased,
        ALTER COLUMN work_link SET NOT NULL,
        DROP COLUMN personal_data_erased_at,
        DROP COLUMN personal_data_consent_at`);
    await q.query(`
      ALTER TABLE contest_application
        DROP CONSTRAINT contest_application_erased,
        DROP COLUMN personal_data_erased_at,
        DROP COLUMN personal_data_consent_at`);
  }
}
