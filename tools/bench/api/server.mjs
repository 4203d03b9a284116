// Starts the built API for a benchmark on its own embedded PostgreSQL, with a static folder served by the same
// Fastify instance, and returns how to reach it.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const ADMIN = { login: 'bench-admin', password: 'bench admin password' };

/** Builds a project (Nx skips it when unchanged), so a benchmark never measures a stale bundle. */
export function build(project) {
  const result = spawnSync('npx', ['nx', 'build', project, '--outputStyle=static'], {
    cwd: root,
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error(`${project} did not build: run npx nx build ${project}`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'prgauge-bench-'));
  chmodSync(dir, 0o777);
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  const [port, pgPort] = [await freePort(), await freePort()];
  const nodeArgs = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      PG_PORT: String(pgPort),
      PG_DATA_DIR: join(dir, 'pg'),
      DASHBOARD_DIR: staticDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ADMIN_LOGIN: ADMIN.login,
      ADMIN_PASSWORD: ADMIN.password,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    staticDir,
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${pgPort}/prgauge`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in session: cookie and CSRF header for writes. */
export async function signIn(base, login, password) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await response.json();
  const call = async (method, path, body, contentType = 'application/json') => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'x-xsrf-token': csrfToken,
        ...(body !== undefined ? { 'content-type': contentType } : {}),
      },
      body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return { cookie, csrfToken, call };
}

/**
 * A new region (`code`, named `name` in the given languages) with a director signed in: an admin creates the
 * account with a one-time password, and the director changes it first, as a real one does. Returns the region and
 * the director's session.
 */
export async function newRegionDirector(base, code, name) {
  const admin = await signIn(base, ADMIN.login, ADMIN.password);
  const region = await admin.call('POST', '/api/regions', { code, name });
  const login = `${code}-director`;
  const [firstPassword, ownPassword] = [`${code} director password`, `${code} director own password 2026`];
  await admin.call('POST', '/api/users', {
    login,
    displayName: 'Director',
    role: 'director',
    regionId: region.id,
    password: firstPassword,
  });
  const firstSignIn = await signIn(base, login, firstPassword);
  await firstSignIn.call('POST', '/api/auth/password', {
    currentPassword: firstPassword,
    newPassword: ownPassword,
  });
  return { region, director: await signIn(base, login, ownPassword) };
}
