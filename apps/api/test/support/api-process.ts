import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestDatabase } from './test-database';

const ROOT = join(__dirname, '..', '..', '..', '..');
const MAIN = join(ROOT, 'apps', 'api', 'src', 'main.ts');

/** How long a start may take on a busy two-core machine before the test gives up on it. */
const START_LIMIT_MS = 45_000;

/**
 * Compiles the sources as they are loaded, so the process runs what the tests see without a build. Node tries
 * `.json` before `.ts`, and some modules have a `.json` of the same name beside them; TypeScript's order
 * (the `.ts` first) is what the imports mean. The arguments are set as `node main.js serve` sets them.
 */
const START = `
const extensions = require('node:module')._extensions;
for (const kind of ['.json', '.node']) {
  const load = extensions[kind];
  delete extensions[kind];
  extensions[kind] = load;
}
process.argv = [process.argv[0], ${JSON.stringify(MAIN)}, 'serve'];
require(${JSON.stringify(MAIN)});
`;

/** A separate API process on a test database, as a second server behind a load balancer would run it. */
export interface ApiProcess {
  /** e.g. `http://127.0.0.1:41234`; requests go over real sockets. */
  origin: string;
  /** SIGTERM, then waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Runs `main.ts serve` in its own Node process on `database` (as its app role, migrating as its owner), or on an
 * embedded server of its own when `database` is null (give `PG_DATA_DIR` and `PG_PORT` in `settings`), listening
 * on a free port of 127.0.0.1, with production settings plus `settings`. Resolves once it says it is ready; rejects
 * with what it printed when it exits first or takes longer than {@link START_LIMIT_MS} (twice that for an embedded
 * server, which is created first).
 */
export async function startApiProcess(
  database: TestDatabase | null,
  settings: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--require', '@swc-node/register', '--eval', START], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'],
      SWC_NODE_PROJECT: join(ROOT, 'apps', 'api', 'tsconfig.app.json'),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(database && { DATABASE_URL: database.url, MIGRATION_DATABASE_URL: database.ownerUrl }),
      ...settings,
    },
  });
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  await untilReady(child, database ? START_LIMIT_MS : 2 * START_LIMIT_MS);
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      process.off('exit', stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function untilReady(child: ChildProcess, limitMs: number): Promise<void> {
  const said: string[] = [];
  const listen = (stream: NodeJS.ReadableStream | null) =>
    stream && createInterface({ input: stream }).on('line', (line) => said.push(line));
  const out = listen(child.stdout);
  listen(child.stderr);
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`the API process ${why}:\n${said.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`was not ready after ${limitMs / 1000} s`), limitMs);
    child.once('exit', (code) => fail(`exited with ${String(code)}`));
    out?.on('line', (line) => {
      if (!line.includes(' is ready at ')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve();
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
