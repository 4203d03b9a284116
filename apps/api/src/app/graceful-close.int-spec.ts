import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RegionFixture, seedRegions, signIn } from '../../test/support/fixtures';
import { createTestApp, TestApp } from '../../test/support/test-app';
import { createTestDatabase, superuserClient, TestDatabase } from '../../test/support/test-database';
import { closeGracefully } from './graceful-close';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bound the API promises for a shutdown. */
const STOPS_WITHIN_MS = 10_000;

describe('graceful shutdown', () => {
  let database: TestDatabase;
  let fx: RegionFixture;
  let locker: Client;
  /** Undone after each test, whatever happened in it: the row lock released, the instance fully closed. */
  let cleanUp: (() => Promise<void>)[] = [];
  let origin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const seeding = await createTestApp(database);
    fx = await seedRegions(seeding);
    await seeding.app.close();
    locker = await superuserClient(database, database.name);
  });
  afterEach(async () => {
    for (const step of cleanUp.reverse()) await step();
    cleanUp = [];
  });
  afterAll(async () => {
    await locker?.end();
    await database?.drop();
  });

  /** An instance listening on a real port, with a director's session, as behind a proxy that keeps connections alive. */
  async function listeningApp(): Promise<{ testApp: TestApp; patchAgency: () => Promise<Response> }> {
    const testApp = await createTestApp(database);
    const closing = () => testApp.app.getHttpServer().listening === false;
    cleanUp.push(async () => {
      if (!closing()) await closeGracefully(testApp.app, 5000);
      // A shutdown that timed out goes on in the background until the released request ends.
      const dataSource = testApp.app.get(DataSource);
      for (let i = 0; i < 200 && dataSource.isInitialized; i++) await sleep(25);
    });
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = testApp.app.getHttpServer().address() as AddressInfo;
    origin = `http://127.0.0.1:${port}`;
    const session = await signIn(testApp, fx.logins.director);
    const patchAgency = async () => {
      const { rows } = await locker.query('SELECT version FROM agency WHERE id = $1', [fx.agencies.a.id]);
      const version = Number(rows[0].version);
      return fetch(`${origin}/api/agencies/${fx.agencies.a.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-xsrf-token': session.csrf },
        body: JSON.stringify({ version, attributes: { prStaff: version + 10 } }),
      });
    };
    return { testApp, patchAgency };
  }

  /** Holds the agency's row, so that a request updating it waits: a request still in flight at shutdown. */
  async function holdAgencyRow(): Promise<() => Promise<void>> {
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM agency WHERE id = $1 FOR UPDATE', [fx.agencies.a.id]);
    let held = true;
    const release = async () => {
      if (held) await locker.query('COMMIT');
      held = false;
    };
    cleanUp.push(release);
    return release;
  }

  async function untilWaitingOnLock(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const { rowCount } = await locker.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
        [database.name],
      );
      if (rowCount) return;
      await sleep(25);
    }
    throw new Error('the request never reached the held row');
  }

  it('finishes a request in flight, refuses new connections, and stops', async () => {
    const { testApp, patchAgency } = await listeningApp();
    const release = await holdAgencyRow();
    const inFlight = patchAgency();
    await untilWaitingOnLock();

    const started = Date.now();
    const closing = closeGracefully(testApp.app, STOPS_WITHIN_MS);
    await sleep(300);
    await expect(fetch(`${origin}/api/health`)).rejects.toThrow();
    await release();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await closing).toBe('closed');
    expect(Date.now() - started).toBeLessThan(STOPS_WITHIN_MS);
  });

  it('stops within its bound even when a request never finishes, cutting that request', async () => {
    const { testApp, patchAgency } = await listeningApp();
    const release = await holdAgencyRow();
    const inFlight = patchAgency().then(
      (response) => response.status,
      () => 'cut',
    );
    await untilWaitingOnLock();

    const started = Date.now();
    expect(await closeGracefully(testApp.app, 1000)).toBe('timed-out');
    expect(Date.now() - started).toBeLessThan(STOPS_WITHIN_MS);
    expect(await inFlight).toBe('cut');
    await release();
  });
});
