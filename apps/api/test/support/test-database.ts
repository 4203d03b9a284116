import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLE, ensureLoginRole, LoginRole, OWNER_ROLE } from '../../src/app/database/roles';

const HOST = '127.0.0.1';
const SUPERUSER: LoginRole = { name: 'postgres', password: 'postgres' };

function port(): number {
  const value = Number(process.env['TEST_PG_PORT']);
  if (!value)
    throw new Error('TEST_PG_PORT is unset: run integration tests through the integration Jest config');
  return value;
}

/**
 * A database of the test server, with the two roles the API runs with outside tests: migrations as the owner,
 * the application as the restricted app role, so every integration test proves the app role's grants suffice.
 */
export interface TestDatabase {
  /** The app role's URL: what the API connects with. */
  url: string;
  /** The owner role's URL: what migrations run with. */
  ownerUrl: string;
  name: string;
  port: number;
  drop(): Promise<void>;
}

const rolesOnServer = new Map<number, Promise<void>>();

/** A fresh, empty database on the shared test server, so test files never see each other's rows. */
export async function createTestDatabase(serverPort = port()): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await withSuperuser(serverPort, async (client) => {
    await ensureRoles(serverPort, client);
    await client.query(`CREATE DATABASE ${name} OWNER ${OWNER_ROLE.name}`);
  });
  return {
    ...testDatabaseAt(serverPort, name),
    drop: () =>
      withSuperuser(serverPort, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/** The database behind a URL that `createTestDatabase` gave out, for a second API instance on it; never dropped. */
export function existingTestDatabase(url: string): TestDatabase {
  const parsed = new URL(url);
  return testDatabaseAt(Number(parsed.port), parsed.pathname.slice(1));
}

/** A superuser connection to the test server, on the given database, for what no application role may do. */
export async function superuserClient(
  database: Pick<TestDatabase, 'port'>,
  name = 'postgres',
): Promise<Client> {
  const client = new Client(connection(database.port, SUPERUSER, name));
  await client.connect();
  return client;
}

/** The superuser's URL of a test database, for set-ups from before the API had roles of its own. */
export function superuserUrl(database: Pick<TestDatabase, 'port' | 'name'>): string {
  return urlAs(SUPERUSER, database.port, database.name);
}

function testDatabaseAt(serverPort: number, name: string): TestDatabase {
  return {
    name,
    port: serverPort,
    url: urlAs(APP_ROLE, serverPort, name),
    ownerUrl: urlAs(OWNER_ROLE, serverPort, name),
    drop: async () => undefined,
  };
}

function urlAs(role: LoginRole, serverPort: number, name: string): string {
  return `postgres://${role.name}:${role.password}@${HOST}:${serverPort}/${name}`;
}

/** Roles belong to the whole server: made once per server and test process (racing processes are fine). */
function ensureRoles(serverPort: number, client: Client): Promise<void> {
  let ready = rolesOnServer.get(serverPort);
  if (!ready) {
    ready = ensureLoginRole(client, OWNER_ROLE).then(() => ensureLoginRole(client, APP_ROLE));
    rolesOnServer.set(serverPort, ready);
  }
  return ready;
}

function connection(serverPort: number, role: LoginRole, database: string) {
  return { host: HOST, port: serverPort, user: role.name, password: role.password, database };
}

async function withSuperuser<T>(serverPort: number, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await superuserClient({ port: serverPort });
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
