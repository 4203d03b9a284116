import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { superuserClient } from '../../../test/support/test-database';
import { CONNECTION_BUDGET } from '../database/typeorm-options';
import { CycleChangeFeed } from './cycle-change-feed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `accept` holds, for at most 15 s. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`gave up waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

describe('the cycle change feed', () => {
  let testApp: TestApp;
  let superuser: Client;

  beforeAll(async () => {
    testApp = await createTestApp();
    superuser = await superuserClient(testApp.database);
  });
  afterAll(async () => {
    await superuser?.end();
    await testApp?.close();
  });

  const backends = async (where: string): Promise<number[]> => {
    const { rows } = await superuser.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND ${where}`,
      [testApp.database.name],
    );
    return rows.map((row) => row.pid);
  };
  const listening = () => backends(`query = 'LISTEN cycle_changed'`);

  it('keeps exactly one listening connection after it is killed ten times, and the API keeps working', async () => {
    const feed = testApp.app.get(CycleChangeFeed);
    let pids = await until(listening, (found) => found.length > 0, 'the first listening connection');
    for (let kill = 0; kill < 10; kill++) {
      const killed = pids;
      await superuser.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [killed]);
      pids = await until(
        listening,
        (found) => found.length > 0 && found.every((pid) => !killed.includes(pid)),
        `a new listening connection after kill ${kill + 1}`,
      );
    }
    await until(async () => feed.live, Boolean, 'the feed to be live');
    // Long enough for a second reconnect loop, had one been started, to have connected as well.
    await sleep(1500);

    expect(await listening()).toHaveLength(1);
    expect((await backends('true')).length).toBeLessThanOrEqual(CONNECTION_BUDGET);

    const heard = new Promise((resolve) =>
      feed.subscribe((cycleId) => cycleId === 'probe' && resolve(cycleId)),
    );
    await testApp.app.get(DataSource).query(`SELECT pg_notify('cycle_changed', 'probe')`);
    await expect(heard).resolves.toBe('probe');
    expect((await testApp.request({ method: 'GET', url: '/api/public/cycles' })).statusCode).toBe(200);
  });
});
