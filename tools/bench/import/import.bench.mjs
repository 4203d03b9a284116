// Value import of 1,000 agencies × 80 indicators (a long-format CSV of 80,000 values): the dry run plus the apply
// through the API, against the import's own reading of the same file alone (parse-file.cjs). Target: the import
// takes at most 5× the parse. On a shared machine the load moves between minutes, so each round times the parse
// right before its own import (into a fresh cycle), and the median round's ratio is the result. Exits 1 when the
// target is missed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRegion, build, root, startServer } from '../api/server.mjs';

const AGENCIES = 1000;
const INDICES = 8;
const LEAVES_PER_INDEX = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET = 5;

/** Eight indices of ten number leaves agencies fill: 80 indicators. */
function framework() {
  const text = (en) => ({ ru: en, kk: en, fa: en, en });
  return {
    scale: 100,
    indicators: Array.from({ length: INDICES }, (_, i) => ({
      key: `i${i}`,
      name: text(`Index ${i}`),
      weight: 1,
      children: Array.from({ length: LEAVES_PER_INDEX }, (_, j) => ({
        key: `i${i}.l${j}`,
        name: text(`Indicator ${i}.${j}`),
        weight: 1,
        measure: { type: 'number' },
        source: 'agency',
        evidenceRequired: false,
      })),
    })),
  };
}

/** The file of a round: its values differ by round, so no round reuses another's reading of the same bytes. */
function csvFile(round) {
  const lines = ['agency_code,indicator_key,value,comment'];
  for (let a = 0; a < AGENCIES; a += 1)
    for (let i = 0; i < INDICES; i += 1)
      for (let j = 0; j < LEAVES_PER_INDEX; j += 1)
        lines.push(`AG${String(a).padStart(4, '0')},i${i}.l${j},${(a * 7 + i * 13 + j + round) % 500}.5,`);
  return `${lines.join('\n')}\n`;
}

async function upload(session, base, cycleId, content, fields) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([content], { type: 'text/csv' }), 'values.csv');
  const started = process.hrtime.bigint();
  const response = await fetch(`${base}/api/cycles/${cycleId}/value-import`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-xsrf-token': session.csrfToken },
    body: form,
  });
  const body = await response.json();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.status !== 201)
    throw new Error(`${fields.mode}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { ms, body };
}

/** Follows a queued apply until it ends: the time waited and the values its result lists as applied. */
async function finished(session, base, jobId) {
  const started = process.hrtime.bigint();
  for (;;) {
    const job = await session.call('GET', `/api/jobs/${jobId}`);
    if (job.state === 'failed') throw new Error(`import job failed: ${job.errorCode}`);
    if (job.state === 'done') {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const response = await fetch(`${base}/api/jobs/${jobId}/result`, {
        headers: { cookie: session.cookie },
      });
      const lines = (await response.text()).split('\n');
      return { ms, applied: lines.filter((line) => line.trim().endsWith(',applied')).length };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One round: a fresh open cycle, the parse alone timed right before the dry run and the apply of the same file. */
async function importRound(director, base, dir, round) {
  const content = csvFile(round);
  const file = join(dir, `values-${round}.csv`);
  writeFileSync(file, content);
  const cycle = await director.call('POST', '/api/cycles', {
    name: `Import ${round}`,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    deadline: '2099-01-01T00:00:00Z',
  });
  const current = await director.call('GET', `/api/cycles/${cycle.id}/framework`);
  await director.call('PUT', `/api/cycles/${cycle.id}/framework`, {
    version: current.version,
    framework: framework(),
  });
  await director.call('POST', `/api/cycles/${cycle.id}/open`, {});

  const parsed = spawnSync(process.execPath, [join(root, 'tools/bench/import/parse-file.cjs'), file, '3'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (parsed.status !== 0) throw new Error(`parse-file failed: ${parsed.stderr}`);
  const parse = JSON.parse(parsed.stdout.trim().split('\n').pop());

  const dryRun = await upload(director, base, cycle.id, content, { mode: 'dry_run' });
  if (dryRun.body.problems.length)
    throw new Error(`problems: ${JSON.stringify(dryRun.body.problems.slice(0, 3))}`);
  const apply = await upload(director, base, cycle.id, content, {
    mode: 'apply',
    fingerprint: dryRun.body.fingerprint,
  });
  // A save this large runs as a background job: the apply lasts until the job has written every value.
  if (apply.body.jobId) {
    const job = await finished(director, base, apply.body.jobId);
    apply.ms += job.ms;
    apply.body.applied = job.applied;
  }
  return {
    round,
    values: parse.cells,
    fileBytes: Buffer.byteLength(content),
    parseMs: Math.round(parse.ms),
    dryRunMs: Math.round(dryRun.ms),
    applyMs: Math.round(apply.ms),
    applied: apply.body.applied,
    ratio: (dryRun.ms + apply.ms) / parse.ms,
  };
}

build('api');
const dir = mkdtempSync(join(tmpdir(), 'prgauge-import-bench-'));
const server = await startServer();
try {
  const { director } = await benchRegion(server.base);
  const agencies = [
    'code,name_en,pr_staff',
    ...Array.from(
      { length: AGENCIES },
      (_, i) => `AG${String(i).padStart(4, '0')},Agency ${i},${1 + (i % 6)}`,
    ),
  ].join('\n');
  await director.call('POST', '/api/agencies/import', agencies, 'text/csv');
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round += 1)
    rounds.push(await importRound(director, server.base, dir, round));
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)];
  const result = {
    agencies: AGENCIES,
    indicators: INDICES * LEAVES_PER_INDEX,
    values: median.values,
    fileBytes: median.fileBytes,
    parseMs: median.parseMs,
    dryRunMs: median.dryRunMs,
    applyMs: median.applyMs,
    applied: median.applied,
    ratio: median.ratio,
    target: TARGET,
    rounds,
  };
  console.log(
    `import of ${AGENCIES} agencies × ${result.indicators} indicators (${result.values} values, ${(result.fileBytes / 1024).toFixed(0)} KB CSV), ${ROUNDS} rounds:`,
  );
  for (const r of rounds)
    console.log(
      `  round ${r.round}: parse ${r.parseMs} ms, dry run ${r.dryRunMs} ms, apply ${r.applyMs} ms (${r.applied} values saved), ratio ${r.ratio.toFixed(1)}`,
    );
  console.log(`  median ratio: ${result.ratio.toFixed(1)} × parse (target ≤ ${TARGET})`);
  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tools/bench/results/import.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (result.ratio > TARGET) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
