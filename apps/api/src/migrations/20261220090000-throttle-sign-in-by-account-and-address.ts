import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in failures now count per login and address together, read from `login_attempt`; the per-account lock,
 * which let anyone lock anybody out, goes.
 */
export class ThrottleSignInByAccountAndAddress20261220090000 implements MigrationInterface {
  name = 'ThrottleSignInByAccountAndAddress20261220090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX login_attempt_login_ip_at ON login_attempt (login, ip, at)`);
    await q.query(`ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN failed_logins integer NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz`);
    await q.query(`DROP INDEX login_attempt_login_ip_at`);
  }
}
