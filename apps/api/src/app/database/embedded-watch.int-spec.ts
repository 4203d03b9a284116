import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiProcess, startApiProcess } from '../../../test/support/api-process';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const postmasterOf = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

const statusOf = async (origin: string) => (await fetch(`${origin}/api/health`)).status;

/** Asks the health check every quarter second until it answers `status`, or throws after `ms`. */
async function untilStatus(origin: string, status: number, ms: number): Promise<void> {
  for (const until = Date.now() + ms; (await statusOf(origin).catch(() => 0)) !== status;) {
    if (Date.now() > until)
      throw new Error(`the health check did not answer ${status} within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// Creating a cluster, migrating it and starting it again take a while on a busy machine.
jest.setTimeout(240_000);

describe('an API on its embedded PostgreSQL, when the server is killed', () => {
  const parent = mkdtempSync(join(tmpdir(), 'prgauge-watch-'));
  const dataDir = join(parent, 'data');
  // Run as root, the package creates the cluster as another user, who must be able to write here.
  chmodSync(parent, 0o777);
  let api: ApiProcess | undefined;
  afterAll(async () => {
    await api?.stop();
    rmSync(parent, { recursive: true, force: true });
  });

  it('starts it again and serves again, and still stops within its bound once it is killed for good', async () => {
    api = await startApiProcess(null, { PG_DATA_DIR: dataDir, PG_PORT: String(await freePort()) });
    expect(await statusOf(api.origin)).toBe(200);

    const killed = postmasterOf(dataDir);
    process.kill(killed, 'SIGKILL');
    await untilStatus(api.origin, 503, 10_000);
    await untilStatus(api.origin, 200, 90_000);
    expect(postmasterOf(dataDir)).not.toBe(killed);

    // Killed again and the API asked to stop before the server is back: nothing waits for an exit already past.
    process.kill(postmasterOf(dataDir), 'SIGKILL');
    await untilStatus(api.origin, 503, 10_000);
    const asked = Date.now();
    await api.stop();
    api = undefined;
    expect(Date.now() - asked).toBeLessThan(8_000);
  });
});
