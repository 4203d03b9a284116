import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A one-time password (the first admin's generated one, or one an admin or director set) must be changed before
 * its account may do anything else: `password_change_required` says so until its owner changes it.
 *
 * An account's language becomes optional: null means "never chosen", so the dashboard follows the browser and
 * then the region. Until now every account was created with Russian whatever its owner spoke; those defaults
 * are cleared, and a language someone set afterwards (an audited `locale` change) is kept.
 */
export class AddPasswordChangeRequired20270101100000 implements MigrationInterface {
  name = 'AddPasswordChangeRequired20270101100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN password_change_required boolean NOT NULL DEFAULT false,
        ALTER COLUMN locale DROP NOT NULL,
        ALTER COLUMN locale DROP DEFAULT`);
    await q.query(`
      UPDATE app_user u SET locale = NULL
       WHERE locale = 'ru'
         AND NOT EXISTS (
           SELECT 1 FROM audit_entry a
            WHERE a.entity = 'user' AND a.entity_id = u.id::text AND a.action = 'user.update'
              AND a.changes @> '[{"field": "locale"}]')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE app_user SET locale = 'ru' WHERE locale IS NULL`);
    await q.query(`
      ALTER TABLE app_user
        ALTER COLUMN locale SET DEFAULT 'ru',
        ALTER COLUMN locale SET NOT NULL,
        DROP COLUMN password_change_required`);
  }
}
