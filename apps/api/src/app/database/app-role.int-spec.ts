import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../../test/support/test-app';

/** What the API's own database role may do to the audit trail: add to it and read it, nothing else. */
describe("the API's database role", () => {
  let testApp: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    ds = testApp.app.get(DataSource);
  });
  afterAll(() => testApp.close());

  /** Runs one statement in a transaction that is always rolled back; resolves with the error it raised, if any. */
  async function attempt(sql: string): Promise<string> {
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(sql);
      return 'allowed';
    } catch (error) {
      return (error as Error).message;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('can neither alter the audit table, nor switch its triggers off, nor rewrite its rows', async () => {
    const refusals = {
      'disable trigger': await attempt('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only'),
      'disable all triggers': await attempt('ALTER TABLE audit_entry DISABLE TRIGGER ALL'),
      'drop trigger': await attempt('DROP TRIGGER audit_entry_append_only ON audit_entry'),
      'replace trigger function': await attempt(
        'CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      ),
      'add column': await attempt('ALTER TABLE audit_entry ADD COLUMN note text'),
      'replication role': await attempt('SET session_replication_role = replica'),
      truncate: await attempt('TRUNCATE audit_entry'),
      update: await attempt(`UPDATE audit_entry SET action = 'forged'`),
      delete: await attempt('DELETE FROM audit_entry'),
    };
    const refused = expect.stringMatching(/^(permission denied|must be owner)/);
    expect(refusals).toEqual(Object.fromEntries(Object.keys(refusals).map((what) => [what, refused])));
  });

  it('is no superuser, yet adds to the audit trail and reads it', async () => {
    const [{ rolsuper }] = await ds.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    expect(rolsuper).toBe(false);
    const [{ id }] = await ds.query(
      `INSERT INTO audit_entry (action, entity, user_login) VALUES ('test.entry', 'test', 'system') RETURNING id`,
    );
    const [{ action }] = await ds.query('SELECT action FROM audit_entry WHERE id = $1', [id]);
    expect(action).toBe('test.entry');
  });
});
