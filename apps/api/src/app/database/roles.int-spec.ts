import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../../test/support/test-app';
import {
  createTestDatabase,
  superuserClient,
  superuserUrl,
  TestDatabase,
} from '../../../test/support/test-database';
import { runMigrations } from './migrate';
import { handDatabaseTo, OWNER_ROLE } from './roles';

/** An embedded data folder from before the two roles: the superuser ran the migrations and owns everything. */
describe('handing a superuser-owned database to the owner role', () => {
  let database: TestDatabase;
  let superuser: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    superuser = await superuserClient(database, database.name);
    await superuser.query(`ALTER DATABASE ${database.name} OWNER TO postgres`);
    await runMigrations(superuserUrl(database));
  });
  afterAll(async () => {
    await superuser?.end();
    await database?.drop();
  });

  const foreignOwned = async (): Promise<string[]> => {
    const { rows } = await superuser.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND pg_get_userbyid(c.relowner) <> $1
       UNION ALL
       SELECT p.proname FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> $1
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
       UNION ALL
       SELECT t.typname FROM pg_type t
        WHERE t.typnamespace = 'public'::regnamespace AND t.typtype = 'e' AND pg_get_userbyid(t.typowner) <> $1
       UNION ALL
       SELECT 'pgboss.' || c.relname FROM pg_class c
        WHERE c.relnamespace = 'pgboss'::regnamespace AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) <> $1
       UNION ALL
       SELECT 'schema ' || n.nspname FROM pg_namespace n
        WHERE n.nspname = 'pgboss' AND pg_get_userbyid(n.nspowner) <> $1`,
      [OWNER_ROLE.name],
    );
    return rows.map((row) => row.name);
  };

  it('gives the owner every table, sequence, function and type, after which the app runs as its own role', async () => {
    expect(await foreignOwned()).toEqual(
      expect.arrayContaining(['audit_entry', 'migrations', 'user_role', 'pgboss.job', 'schema pgboss']),
    );

    await handDatabaseTo(superuser, OWNER_ROLE.name);
    expect(await foreignOwned()).toEqual([]);
    // Done again at every start: then there is nothing to do.
    await handDatabaseTo(superuser, OWNER_ROLE.name);

    const testApp = await createTestApp(database);
    try {
      expect((await testApp.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      const [{ role }] = await testApp.app.get(DataSource).query('SELECT current_user AS role');
      expect(role).toBe('prgauge_app');
    } finally {
      await testApp.app.close();
    }
  });
});
