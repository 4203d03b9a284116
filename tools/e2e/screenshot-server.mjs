// The server a screenshot tool looks at: one already running (BASE_URL), or the built product with demo data,
// started on E2E_PORT (tools/e2e/serve.mjs) and stopped afterwards.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no healthy server at ${url} after ${timeoutMs / 1000} s`);
}

function startServer(port) {
  const child = spawn(process.execPath, [join(root, 'tools/e2e/serve.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, E2E_PORT: port },
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs `work(baseUrl)` against a healthy server, and stops the server it started, whatever happens. */
export async function withServer(defaultPort, work) {
  const server = process.env.BASE_URL ? null : startServer(process.env.E2E_PORT ?? defaultPort);
  const baseUrl = process.env.BASE_URL ?? `http://localhost:${process.env.E2E_PORT ?? defaultPort}`;
  try {
    await waitForHealth(new URL('/api/health', baseUrl).href, 120_000);
    await work(baseUrl);
  } finally {
    await server?.stop();
  }
}
