// Scorecard PDFs in bulk: a published cycle of 1,000 agencies (the seven-index framework, values written through SQL
// as tools/bench/api does), then
// - BENCH_SCORECARDS scorecards (1,000 by default) rendered one after another through
//   GET /api/cycles/:cycleId/agencies/:agencyId/scorecard.pdf, which shares one headless Chromium across requests;
//   BENCH_SCORECARDS=100 measures a tenth and scales the total by ten (said in the output);
// - the batch of every agency's scorecard as one background job: POST /api/cycles/:cycleId/scorecard-batch, the job
//   polled until done, and its ZIP downloaded and counted (BENCH_BATCH=0 skips it).
// Reports each one's total time, the time per scorecard and the largest file, and the time per scorecard of the same
// scorecards as JSON (GET /api/cycles/:cycleId/scorecards/:agencyId), which is the single route's share of data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import pg from 'pg';
import { benchRegion, build, root, startServer } from '../api/server.mjs';

const AGENCIES = 1000;
const SCORECARDS = Math.min(AGENCIES, Number(process.env.BENCH_SCORECARDS ?? AGENCIES));
const BATCH = process.env.BENCH_BATCH !== '0';

/** Queues the scorecard batch, waits for its job, downloads the ZIP; the times and what the archive holds. */
async function scorecardBatch(server, director, cycleId) {
  const start = performance.now();
  const { jobId } = await director.call('POST', `/api/cycles/${cycleId}/scorecard-batch?lang=ru&letterNo=1`);
  let job;
  do {
    await new Promise((resolve) => setTimeout(resolve, 250));
    job = await director.call('GET', `/api/jobs/${jobId}`);
  } while (job.state === 'queued' || job.state === 'running');
  if (job.state !== 'done') throw new Error(`scorecard batch: ${job.state} ${job.errorCode}`);
  const response = await fetch(`${server.base}/api/jobs/${jobId}/result`, {
    headers: { cookie: director.cookie },
  });
  if (!response.ok) throw new Error(`job result: ${response.status} ${await response.text()}`);
  const zip = Buffer.from(await response.arrayBuffer());
  const totalMs = performance.now() - start;
  const files = Object.keys((await JSZip.loadAsync(zip)).files).length;
  return {
    scorecards: files,
    totalMs: Math.round(totalMs),
    perScorecardMs: Math.round(totalMs / files),
    zipBytes: zip.length,
    fileName: /filename="?([^";]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1],
  };
}

async function publishedCycle(director, db) {
  const cycle = await director.call('POST', '/api/cycles', {
    name: '2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    deadline: '2099-01-01T00:00:00Z',
  });
  await director.call('POST', `/api/cycles/${cycle.id}/open`, {});
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
const server = await startServer();
const db = new pg.Client({ connectionString: server.databaseUrl });
await db.connect();
try {
  const { director } = await benchRegion(server.base, { ru: 'Тестовая область' });
  const csv = [
    'code,name_ru,pr_staff',
    ...Array.from(
      { length: AGENCIES },
      (_, i) => `AG${String(i).padStart(4, '0')},Ведомство ${i},${1 + (i % 6)}`,
    ),
  ].join('\n');
  await director.call('POST', '/api/agencies/import', csv, 'text/csv');
  const cycle = await publishedCycle(director, db);
  const ranking = await director.call('GET', `/api/cycles/${cycle.id}/ranking`);
  const agencies = ranking.rows.slice(0, SCORECARDS).map((row) => row.agencyId);

  const get = (agencyId) =>
    fetch(`${server.base}/api/cycles/${cycle.id}/agencies/${agencyId}/scorecard.pdf?lang=ru&letterNo=1`, {
      headers: { cookie: director.cookie },
    });
  // The first render launches Chromium; it is timed apart, as a running server pays it once.
  const launchStart = performance.now();
  const first = await get(agencies[0]);
  if (!first.ok) throw new Error(`scorecard.pdf: ${first.status} ${await first.text()}`);
  await first.arrayBuffer();
  const launchMs = performance.now() - launchStart;

  let largest = 0;
  const start = performance.now();
  for (const agencyId of agencies) {
    const response = await get(agencyId);
    if (!response.ok) throw new Error(`scorecard.pdf: ${response.status} ${await response.text()}`);
    largest = Math.max(largest, (await response.arrayBuffer()).byteLength);
  }
  const totalMs = performance.now() - start;
  // The same scorecards as JSON: what each PDF spends on reading and scoring the cycle, before any printing.
  const jsonStart = performance.now();
  for (const agencyId of agencies)
    await director.call('GET', `/api/cycles/${cycle.id}/scorecards/${agencyId}`);
  const jsonMs = performance.now() - jsonStart;
  const result = {
    agencies: AGENCIES,
    singleRoute: {
      rendered: SCORECARDS,
      firstRenderWithLaunchMs: Math.round(launchMs),
      totalMs: Math.round(totalMs),
      perScorecardMs: Math.round(totalMs / SCORECARDS),
      projectedFor1000Ms: Math.round((totalMs / SCORECARDS) * 1000),
      largestBytes: largest,
      jsonScorecardMs: Math.round(jsonMs / SCORECARDS),
    },
    batchJob: BATCH ? await scorecardBatch(server, director, cycle.id) : 'skipped (BENCH_BATCH=0)',
  };
  console.log(result);
  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tools/bench/results/reports.json'), JSON.stringify(result, null, 2));
} finally {
  await db.end();
  await server.stop();
}
