import { Browser, BrowserContext, Page, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A server of one's own, on fresh demo data, for journeys that change what the other specs rely on. */
export interface OwnServer {
  baseURL: string;
  /** What the server has printed on its standard output so far: what a person starting it reads. */
  log(): string;
  stop(): Promise<void>;
}

export interface OwnServerOptions {
  /** False starts an empty installation, as a customer's first start: no region, only the first admin. */
  demoData?: boolean;
}

const ROOT = join(__dirname, '..', '..', '..', '..');
const START_TIMEOUT_MS = 110_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${url} did not start in time`);
}

/**
 * Starts the built API and dashboard the way the shared web server runs them, on a throwaway database with
 * the demo region (or none), so a journey that publishes or opens cycles leaves the shared server as the
 * others expect.
 */
export async function startOwnServer(options: OwnServerOptions = {}): Promise<OwnServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, E2E_PORT: String(port) };
  env['DEMO_DATA'] = String(options.demoData ?? true);
  // An empty installation is one nobody configured: the first admin's password is generated and printed.
  delete env['ADMIN_LOGIN'];
  delete env['ADMIN_PASSWORD'];
  const child = spawn(process.execPath, [join(ROOT, 'tools/e2e/serve.mjs')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseURL = `http://localhost:${port}`;
  try {
    await waitForHealth(`${baseURL}/api/health`, Date.now() + START_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    baseURL,
    log: () => printed,
    stop: async () => {
      // SIGTERM lets the server stop its PostgreSQL and remove the data folder.
      child.kill('SIGTERM');
      await exited;
    },
  };
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A page on one's own server, in the project's language and time zone, optionally already signed in. */
export function pageOn(server: OwnServer, browser: Browser, signedIn?: StorageState): Promise<Page> {
  const { locale, timezoneId } = test.info().project.use;
  return browser.newPage({ baseURL: server.baseURL, locale, timezoneId, storageState: signedIn });
}
