// The product as the browser tests see it: the built API serving the built dashboard, on a throwaway
// embedded PostgreSQL that is removed when the server stops.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const dataParent = mkdtempSync(join(tmpdir(), 'prgauge-e2e-'));
// PostgreSQL runs as its own user, which must be able to create its data folder here.
chmodSync(dataParent, 0o777);
// demo.js: the production start plus the demo region, which DEMO_DATA (on by default here) loads.
const child = spawn(process.execPath, [join(root, 'dist/apps/api/demo.js')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: process.env.E2E_PORT ?? '4310',
    PG_DATA_DIR: join(dataParent, 'data'),
    PG_PORT: String(await freePort()),
    DASHBOARD_DIR: join(root, 'dist/apps/dashboard/browser'),
    DEMO_DATA: process.env.DEMO_DATA ?? 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Journeys stand in for visitors at many addresses by sending X-Forwarded-For, as a proxy here would.
    TRUST_PROXY: process.env.TRUST_PROXY ?? '127.0.0.1,::1',
  },
});
// The API stops its embedded PostgreSQL on SIGTERM/SIGINT; give it that chance, then force it.
const STOP_GRACE_MS = 10_000;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
  });
}
child.on('exit', (code, signal) => {
  rmSync(dataParent, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
