import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password resets by email (issue 19): one row per link sent, keeping only a hash of its token, so that the
 * table alone cannot be used to set anybody's password. A link ends when used, when a newer one is sent to the
 * same account, or when it expires.
 */
export class AddPasswordResetLinks20270215100000 implements MigrationInterface {
  name = 'AddPasswordResetLinks20270215100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset_link (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        replaced_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX password_reset_link_open ON password_reset_link (account_id)
      WHERE used_at IS NULL AND replaced_at IS NULL`);
    await q.query(`CREATE INDEX password_reset_link_expires ON password_reset_link (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset_link`);
  }
}
