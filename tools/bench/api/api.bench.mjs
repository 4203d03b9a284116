// The API under load:
//  1. the published ranking of a 1,000-agency cycle against the same bytes in the same encoding served as a static
//     file by the same server (ranking-reads.mjs): at least 0.8 × its requests per second and at most 1.5 × its p99
//     at 50 connections; the bench exits non-zero when either is missed;
//  2. saving one submission value against the same row writes as one prepared statement over raw pg with the API's
//     request pool (value-saves.mjs): at least 0.5 × its saves per second at 10 and at 50 writers, and a p99
//     under 100 ms at 10; the bench exits non-zero when either is missed;
//  3. the CPU per request of a signed-in request that does nothing else, `GET /api/auth/me`
//     (signed-in-request.mjs): the floor under every signed-in route; a figure, not a target.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { compareRankingReads, RANKING_FILE } from './ranking-reads.mjs';
import { measureSignedInRequest } from './signed-in-request.mjs';
import { compareValueSaves } from './value-saves.mjs';
import { benchRegion, build, root, startServer } from './server.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// Saves come from people typing; SAVE_WRITERS sets how many at once, one measurement per count.
const SAVE_WRITERS = (process.env.SAVE_WRITERS ?? '10,50').split(',').map(Number);
// BENCH_PARTS names the parts to run (ranking, save, me), e.g. BENCH_PARTS=save when profiling saves.
const PARTS = (process.env.BENCH_PARTS ?? 'ranking,save,me').split(',');
const AGENCIES = 1000;

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
  const directorId = (await db.query('SELECT id FROM app_user WHERE login = $1', ['bench-director'])).rows[0]
    .id;
  // Before the saves, whose writes leave PostgreSQL vacuuming for a while after.
  const signedIn = PARTS.includes('me')
    ? await measureSignedInRequest({
        base: server.base,
        session: director,
        seconds: DURATION,
        cpu: { apiMs: server.cpuMs, databaseMs: server.databaseCpuMs },
      })
    : null;

  const saves = PARTS.includes('save')
    ? await compareValueSaves({
        base: server.base,
        databaseUrl: server.databaseUrl,
        session: director,
        userId: directorId,
        regionId: region.id,
        // Apart, so that the baseline never moves a version the API keeps.
        apiSubmissions: submissions.filter((_, i) => i % 2 === 0),
        baselineSubmissions: submissions.filter((_, i) => i % 2 === 1),
        writers: SAVE_WRITERS,
        seconds: DURATION,
        cpu: { apiMs: server.cpuMs, databaseMs: server.databaseCpuMs },
      })
    : null;

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
    ...(saves && { saves }),
    ...(signedIn && { signedIn }),
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
  if (saves) {
    console.log(
      `save one value, API against one prepared statement over raw pg (pool ${saves.requestPool}), ${DURATION} s each, alternating, after one save of each submission:`,
    );
    for (const [writers, { api, baseline, ratio, met }] of Object.entries(saves.byWriters)) {
      const side = (name, r) =>
        `  ${name} ${writers} writers: ${r.savesPerSecond.toFixed(0)} saves/s, p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, CPU per save: API ${r.apiCpuMicrosPerSave} µs, PostgreSQL ${r.databaseCpuMicrosPerSave} µs, bench ${r.clientCpuMicrosPerSave} µs; failures ${r.failures}; load ${r.loadAverages.join(' | ')}`;
      console.log(side('API save,', api));
      console.log(side('baseline,', baseline));
      console.log(
        `  ratio at ${writers} writers ${ratio.toFixed(2)} (target ≥ ${saves.targets.ratio})${writers === '10' ? `, p99 ${api.p99.toFixed(0)} ms (target < ${saves.targets.p99AtTen} ms)` : ''}${met ? '' : ': MISSED'}`,
      );
      if (!met) process.exitCode = 1;
    }
  }
  if (signedIn) {
    console.log(
      `GET /api/auth/me, 10 connections, ${DURATION} s: ${signedIn.requestsPerSecond.toFixed(0)} req/s, p99 ${signedIn.p99.toFixed(0)} ms, CPU per request: API ${signedIn.apiCpuMicrosPerRequest} µs, PostgreSQL ${signedIn.databaseCpuMicrosPerRequest} µs; failures ${signedIn.failures}; load ${load(loadavg())}`,
    );
  }
  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tools/bench/results/api.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await db.end();
  await server.stop();
}
