// A value save through the API against the same row writes (value upsert, audit row with the field's change,
// version bump) done as one prepared statement over raw `pg`, with as many connections as the API's request pool
// (issue 20: the save's throughput at least 0.5 × the baseline's at 10 and at 50 writers, its p99 at 10 writers
// under 100 ms).
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import pg from 'pg';

export const SAVE_TARGETS = { ratio: 0.5, p99AtTen: 100 };
/** The API pool's size for requests: `POOL_SIZE` in apps/api/src/app/database/typeorm-options.ts. */
export const REQUEST_POOL = 15;

/*
 * The baseline is prepared once per connection (it is named), and does what the API's save writes, with the
 * audit entry's change read from the stored value, but none of the API's checks, caching or answer.
 */
const BASELINE = {
  name: 'bench-save-value',
  text: `
WITH bumped AS (
  UPDATE submission SET version = version + 1, updated_at = now()
   WHERE id = $1::uuid AND version = $2::int
  RETURNING version, cycle_id, agency_id
), before AS (
  SELECT value FROM submission_value WHERE submission_id = $1::uuid AND indicator_key = $3::text
), written AS (
  INSERT INTO submission_value (submission_id, indicator_key, value, updated_by, updated_at)
  SELECT $1::uuid, $3::text, $4::float8, $5::uuid, now() FROM bumped
  ON CONFLICT (submission_id, indicator_key) DO UPDATE
    SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
), audited AS (
  INSERT INTO audit_entry (user_id, user_login, region_id, agency_id, cycle_id, action, entity, entity_id, changes,
                           request_id)
  SELECT $5::uuid, 'bench', $6::uuid, b.agency_id, b.cycle_id, 'submission.values', 'submission', $1::text,
         jsonb_build_array(jsonb_build_object('field', $3::text, 'old', (SELECT value FROM before), 'new', $4::float8)),
         'bench'
    FROM bumped b
)
SELECT version FROM bumped`,
};

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * `writers` saving through the API at once for `seconds` (or `amount` saves in all), each to the next of
 * `submissions` in turn.
 */
function apiRound({ base, session, submissions, writers, seconds, amount, value }) {
  let next = 0;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections: writers,
        ...(amount ? { amount } : { duration: seconds }),
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
                  cookie: session.cookie,
                  'x-xsrf-token': session.csrfToken,
                  'content-type': 'application/json',
                },
                body: JSON.stringify({
                  version: submission.version,
                  values: [{ indicator: 'media.releases', value: value() }],
                }),
              };
            },
            onResponse: (status, body, context) => {
              if (status === 200) context.submission.version = JSON.parse(body).version;
              else if (process.env.BENCH_DEBUG) console.log(status, body.slice(0, 300));
            },
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              total: result.requests.total,
              seconds: result.duration,
              p50: result.latency.p50,
              p99: result.latency.p99,
              failures: result.errors + result.non2xx,
            }),
    ),
  );
}

/** `writers` running the baseline statement at once for `seconds` over `pool`, each on the next submission. */
async function baselineRound({ pool, submissions, writers, seconds, value, userId, regionId }) {
  let next = 0;
  let failures = 0;
  const latencies = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const writer = async () => {
    while (performance.now() < until) {
      const submission = submissions[next++ % submissions.length];
      const t = performance.now();
      const { rows } = await pool.query({
        ...BASELINE,
        values: [submission.id, submission.version, 'media.releases', value(), userId, regionId],
      });
      latencies.push(performance.now() - t);
      if (rows[0]) submission.version = rows[0].version;
      else failures += 1;
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  latencies.sort((a, b) => a - b);
  return {
    total: latencies.length,
    seconds: (performance.now() - started) / 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
  };
}

/** Sets each of `submissions`' version to the stored one. */
async function currentVersions(pool, submissions) {
  const { rows } = await pool.query('SELECT id, version FROM submission WHERE id = ANY($1::uuid[])', [
    submissions.map((s) => s.id),
  ]);
  const stored = new Map(rows.map((r) => [r.id, r.version]));
  for (const submission of submissions) submission.version = stored.get(submission.id);
}

/** Rounds of one side added up: saves per second over all rounds, the rounds' mean p50 and p99, CPU per save. */
function combine(rounds) {
  const total = rounds.reduce((sum, r) => sum + r.total, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const perSave = (field) =>
    Math.round((rounds.reduce((sum, r) => sum + r[field], 0) * 1000) / Math.max(total, 1));
  const mean = (field) => rounds.reduce((sum, r) => sum + r[field], 0) / rounds.length;
  return {
    savesPerSecond: total / seconds,
    p50: mean('p50'),
    p99: mean('p99'),
    apiCpuMicrosPerSave: perSave('apiCpuMs'),
    databaseCpuMicrosPerSave: perSave('databaseCpuMs'),
    clientCpuMicrosPerSave: perSave('clientCpuMs'),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
    loadAverages: rounds.map((r) => r.load),
  };
}

/** One round with the CPU milliseconds the API, PostgreSQL and this process spent during it. */
async function measured(round, cpu) {
  const before = { api: cpu.apiMs(), database: cpu.databaseMs(), client: process.cpuUsage() };
  const result = await round();
  const client = process.cpuUsage(before.client);
  return {
    ...result,
    apiCpuMs: cpu.apiMs() - before.api,
    databaseCpuMs: cpu.databaseMs() - before.database,
    clientCpuMs: (client.user + client.system) / 1000,
    load: load(),
  };
}

/**
 * Saves each of `apiSubmissions` once through the API (as an instance that has served a while), then saves
 * through the API and the baseline in turn, `rounds` times each (4 by default) for each count of
 * `writers`, so that both sides see the same moments of a shared machine. `apiSubmissions` and
 * `baselineSubmissions` (`{ id, version }`, versions kept current) must be apart: the baseline bumps the versions
 * of its own only. `cpu` reads the API's and PostgreSQL's CPU milliseconds so far. Returns, per count of writers,
 * both sides' figures, the ratio of their throughputs, and whether the targets were met.
 */
export async function compareValueSaves({
  base,
  databaseUrl,
  session,
  userId,
  regionId,
  apiSubmissions,
  baselineSubmissions,
  writers = [10, 50],
  seconds,
  cpu,
  rounds = 4,
}) {
  let n = 0;
  // Every save changes the value, so every audit entry has a change, as a person typing makes.
  const value = () => (n += 1) % 997;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: REQUEST_POOL });
  const results = {};
  try {
    // An instance that has served a while keeps each submission it saved: every one is saved once before the
    // rounds, and the baseline's connections have prepared their statement.
    await apiRound({
      base,
      session,
      submissions: apiSubmissions,
      writers: 10,
      amount: apiSubmissions.length,
      value,
    });
    await baselineRound({
      pool,
      submissions: baselineSubmissions,
      writers: 10,
      seconds: 1,
      value,
      userId,
      regionId,
    });
    for (const count of writers) {
      const apiRounds = [];
      const baselineRounds = [];
      for (let i = 0; i < rounds; i += 1) {
        const common = { writers: count, seconds: seconds / rounds, value };
        // The previous round ended with saves in flight whose answers were dropped; their versions moved.
        await currentVersions(pool, apiSubmissions);
        apiRounds.push(
          await measured(() => apiRound({ ...common, base, session, submissions: apiSubmissions }), cpu),
        );
        baselineRounds.push(
          await measured(
            () => baselineRound({ ...common, pool, submissions: baselineSubmissions, userId, regionId }),
            cpu,
          ),
        );
      }
      const api = combine(apiRounds);
      const baseline = combine(baselineRounds);
      const ratio = api.savesPerSecond / baseline.savesPerSecond;
      const met =
        ratio >= SAVE_TARGETS.ratio &&
        (count !== 10 || api.p99 < SAVE_TARGETS.p99AtTen) &&
        api.failures + baseline.failures === 0;
      results[count] = { api, baseline, ratio, met };
    }
  } finally {
    await pool.end();
  }
  return { targets: SAVE_TARGETS, requestPool: REQUEST_POOL, byWriters: results };
}
