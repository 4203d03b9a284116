// The API under load:
//  1. the published ranking of a 1,000-agency cycle against the same bytes in the same encoding served as a static
//     file by the same server (ranking-reads.mjs): at least 0.8 × its requests per second and at most 1.5 × its p99
//     at 50 connections; the bench exits non-zero when either is missed;
//  2. saving one submission value: p99 < 100 ms.
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { compareRankingReads, RANKING_FILE } from './ranking-reads.mjs';
import { benchRegion, build, root, startServer } from './server.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// Saves come from people typing; SAVE_CONNECTIONS sets how many at once (50 by default, like the reads).
const SAVE_CONNECTIONS = Number(process.env.SAVE_CONNECTIONS ?? CONNECTIONS);
// BENCH_PARTS=save skips the ranking runs, when profiling saves.
const PARTS = (process.env.BENCH_PARTS ?? 'ranking,save').split(',');
const AGENCIES = 1000;

const run = (options) =>
  new Promise((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );

const summary = (r) => ({
  requestsPerSecond: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors,
  non2xx: r.non2xx,
});

async function seedCycle(admin, director, db, regionId, name, status) {
  const cycle = await director.call('POST', '/api/cycles', {
    name,
    periodStart: status === 'publish' ? '2025-01-01' : '2026-01-01',
    periodEnd: status === 'publish' ? '2025-12-31' : '2026-12-31',
    deadline: '2099-01-01T00:00:00Z',
  });
  await director.call('POST', `/api/cycles/${cycle.id}/open`, {});
  if (status !== 'publish') return cycle;
  // A year's worth of approved submissions, written straight into the database: the benchmark is about reading them.
  await db.query(
    `INSERT INTO submission_value (submission_id, indicator_key, value)
       SELECT s.id, leaf.key, CASE WHEN leaf.type = 'boolean' THEN (random() < 0.6)::int
                                   WHEN leaf.type = 'rating' THEN floor(random() * 6)
                                   WHEN leaf.type = 'percent' THEN round((random() * 100)::numeric, 1)
                                   ELSE floor(random() * 200) END
         FROM submission s
        CROSS JOIN LATERAL (
          SELECT l->>'key' AS key, l->'measure'->>'type' AS type
            FROM cycle c, jsonb_array_elements(c.framework->'indicators') i, jsonb_array_elements(i->'children') l
           WHERE c.id = s.cycle_id AND l->>'source' <> 'computed') leaf
        WHERE s.cycle_id = $1`,
    [cycle.id],
  );
  await db.query(`UPDATE submission SET status = 'approved' WHERE cycle_id = $1`, [cycle.id]);
  await director.call('POST', `/api/cycles/${cycle.id}/close`, {});
  await director.call('POST', `/api/cycles/${cycle.id}/publish`, {});
  return cycle;
}

build('api');
const loadBefore = loadavg();
const server = await startServer({ staticFiles: [RANKING_FILE] });
const db = new pg.Client({ connectionString: server.databaseUrl });
await db.connect();
try {
  const { admin, region, director } = await benchRegion(server.base);
  const csv = [
    'code,name_en,pr_staff',
    ...Array.from(
      { length: AGENCIES },
      (_, i) => `AG${String(i).padStart(4, '0')},Agency ${i},${1 + (i % 6)}`,
    ),
  ].join('\n');
  await director.call('POST', '/api/agencies/import', csv, 'text/csv');
  const published = await seedCycle(admin, director, db, region.id, 'Published', 'publish');
  const open = await seedCycle(admin, director, db, region.id, 'Open', 'open');

  const skipped = { requests: { average: NaN }, latency: {} };
  const saves = PARTS.includes('save');
  const runSaves = (options) => (saves ? run(options) : Promise.resolve(skipped));
  const reads = PARTS.includes('ranking')
    ? await compareRankingReads({
        base: server.base,
        staticDir: server.staticDir,
        rankingPath: `/api/cycles/${published.id}/ranking`,
        connections: CONNECTIONS,
        seconds: DURATION,
        serverCpuMs: server.cpuMs,
      })
    : null;

  const submissions = (
    await db.query('SELECT id, version FROM submission WHERE cycle_id = $1 ORDER BY id', [open.id])
  ).rows;
  let next = 0;
  const saveResult = await runSaves({
    url: server.base,
    connections: SAVE_CONNECTIONS,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context) => {
          const submission = submissions[next++ % submissions.length];
          context.submission = submission;
          return {
            ...request,
            path: `/api/submissions/${submission.id}/values`,
            headers: {
              cookie: director.cookie,
              'x-xsrf-token': director.csrfToken,
              'content-type': 'application/json',
            },
            body: JSON.stringify({
              version: submission.version,
              values: [{ indicator: 'media.releases', value: next % 97 }],
            }),
          };
        },
        onResponse: (status, body, context) => {
          if (status === 200) context.submission.version = JSON.parse(body).version;
        },
      },
    ],
  });

  const result = {
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    agencies: AGENCIES,
    loadAverage: { before: loadBefore, after: loadavg() },
    ...(reads && {
      rankingEncoding: reads.encoding,
      rankingBytes: reads.identityBytes,
      rankingEncodedBytes: reads.encodedBytes,
      static: reads.static,
      ranking: reads.ranking,
      ratio: reads.ratio,
      p99Ratio: reads.p99Ratio,
      rankingTargets: reads.targets,
      rankingMet: reads.met,
    }),
    saveConnections: SAVE_CONNECTIONS,
    saveValue: summary(saveResult),
  };
  const load = (avg) => avg.map((n) => n.toFixed(2)).join(' ');
  console.log(
    `load average ${load(result.loadAverage.before)} before, ${load(result.loadAverage.after)} after`,
  );
  if (reads) {
    console.log(
      `ranking of ${AGENCIES} agencies (${(reads.identityBytes / 1024).toFixed(0)} KB, ${(reads.encodedBytes / 1024).toFixed(0)} KB as ${reads.encoding}), ${CONNECTIONS} connections, ${DURATION} s each, alternating:`,
    );
    console.log(
      `  static file:      ${reads.static.requestsPerSecond.toFixed(0)} req/s, p99 ${reads.static.p99.toFixed(0)} ms, server CPU ${reads.static.serverCpuMicrosPerRequest} µs/request`,
    );
    console.log(
      `  ranking endpoint: ${reads.ranking.requestsPerSecond.toFixed(0)} req/s, p99 ${reads.ranking.p99.toFixed(0)} ms, server CPU ${reads.ranking.serverCpuMicrosPerRequest} µs/request, non-2xx ${reads.ranking.non2xx}`,
    );
    console.log(
      `  ratio ${reads.ratio.toFixed(2)} (target ≥ ${reads.targets.ratio}), p99 ratio ${reads.p99Ratio.toFixed(2)} (target ≤ ${reads.targets.p99Ratio})${reads.met ? '' : ': MISSED'}`,
    );
    if (!reads.met) process.exitCode = 1;
  }
  if (saves)
    console.log(
      `save one value, ${SAVE_CONNECTIONS} connections: ${result.saveValue.requestsPerSecond.toFixed(0)} req/s, p50 ${result.saveValue.p50} ms, p99 ${result.saveValue.p99} ms (target p99 < 100 ms), non-2xx ${result.saveValue.non2xx}`,
    );
  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tools/bench/results/api.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await db.end();
  await server.stop();
}
