import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const ADMIN = { host: '127.0.0.1', user: 'postgres', password: 'postgres', database: 'postgres' };

function port(): number {
  const value = Number(process.env['TEST_PG_PORT']);
  if (!value)
    throw new Error('TEST_PG_PORT is unset: run integration tests through the integration Jest config');
  return value;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the shared test server, so test files never see each other's rows. */
export async function createTestDatabase(serverPort = port()): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverPort, (client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: `postgres://postgres:postgres@127.0.0.1:${serverPort}/${name}`,
    drop: () =>
      withAdmin(serverPort, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withAdmin<T>(serverPort: number, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ ...ADMIN, port: serverPort });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
