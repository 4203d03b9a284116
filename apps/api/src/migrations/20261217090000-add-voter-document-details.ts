import { MigrationInterface, QueryRunner } from 'typeorm';

/** A voter's proof of media work is kept like evidence files: with its size and checksum. */
export class AddVoterDocumentDetails20261217090000 implements MigrationInterface {
  name = 'AddVoterDocumentDetails20261217090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contest_voter
        ADD COLUMN document_size_bytes integer CHECK (document_size_bytes BETWEEN 1 AND 10485760),
        ADD COLUMN document_sha256 text,
        ADD CONSTRAINT contest_voter_document CHECK (
          (document IS NULL) = (document_name IS NULL) AND (document IS NULL) = (document_type IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contest_voter
        DROP CONSTRAINT contest_voter_document,
        DROP COLUMN document_sha256,
        DROP COLUMN document_size_bytes`);
  }
}
