// Starts the built API for a benchmark on its own embedded PostgreSQL, with a static folder served by the same
// Fastify instance, and returns how to reach it.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Starts the API. `staticFiles` are names created empty in the static folder before it starts: the server routes
 * only the files present at start, so a bench that writes a file later names it here. `databaseUrl` points it at
 * a PostgreSQL the bench runs itself (as a superuser, who also migrates); otherwise it starts its embedded one.
 */
export async function startServer({ staticFiles = [], databaseUrl } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'prgauge-bench-'));
  chmodSync(dir, 0o777);
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  for (const name of staticFiles) writeFileSync(join(staticDir, name), '');
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
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
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
    databaseUrl: databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${pgPort}/prgauge`,
    /**
     * CPU time the API process has used so far, in milliseconds (user + system, from /proc; 10 ms steps).
     * Unlike requests per second, CPU per request hardly moves when other work shares the machine.
     */
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    /**
     * CPU time PostgreSQL has used so far, in milliseconds: the postmaster (found by its data folder), what it
     * has reaped of ended backends, and its live backends.
     */
    databaseCpuMs() {
      return postgresCpuMs(join(dir, 'pg'));
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `/proc/<pid>/stat`'s fields after the command name, or null when the process is gone. */
function procStat(pid) {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return null;
  }
}

function postgresCpuMs(dataDir) {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  const postmaster = pids.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(dataDir);
    } catch {
      return false;
    }
  });
  if (!postmaster) return 0;
  // Fields after the name: ppid is [1], utime [11], stime [12], reaped children's cutime [13] and cstime [14].
  const own = procStat(postmaster);
  let ticks = own ? Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]) : 0;
  for (const pid of pids) {
    const fields = procStat(pid);
    if (fields && fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
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
 * A region of its own for a benchmark, with its director signed in: created by the bench admin, the director's
 * one-time password replaced on the first sign-in as a person would. Returns `{ admin, region, director }`.
 */
export async function benchRegion(base, name = { en: 'Bench province' }) {
  const admin = await signIn(base, ADMIN.login, ADMIN.password);
  const region = await admin.call('POST', '/api/regions', { code: 'bench', name });
  await admin.call('POST', '/api/users', {
    login: 'bench-director',
    displayName: 'Director',
    role: 'director',
    regionId: region.id,
    password: 'bench director password',
  });
  const firstSignIn = await signIn(base, 'bench-director', 'bench director password');
  await firstSignIn.call('POST', '/api/auth/password', {
    currentPassword: 'bench director password',
    newPassword: 'bench director own password',
  });
  const director = await signIn(base, 'bench-director', 'bench director own password');
  return { admin, region, director };
}
