// Value import of 1,000 agencies × 80 indicators (a long-format CSV of 80,000 values): the dry run plus the apply
// through the API, against the import's own reading of the same file alone (parse-file.cjs). Target: the import
// takes at most 5× the parse.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRegion, build, root, startServer } from '../api/server.mjs';

const AGENCIES = 1000;
const INDICES = 8;
const LEAVES_PER_INDEX = 10;
// The dry run and the apply together, against the parse alone.
const TARGET_RATIO = 5;

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

function csvFile() {
  const lines = ['agency_code,indicator_key,value,comment'];
  for (let a = 0; a < AGENCIES; a += 1)
    for (let i = 0; i < INDICES; i += 1)
      for (let j = 0; j < LEAVES_PER_INDEX; j += 1)
        lines.push(`AG${String(a).padStart(4, '0')},i${i}.l${j},${(a * 7 + i * 13 + j) % 500}.5,`);
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
  const cycle = await director.call('POST', '/api/cycles', {
    name: 'Import',
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

  const content = csvFile();
  const file = join(dir, 'values.csv');
  writeFileSync(file, content);
  const parsed = spawnSync(process.execPath, [join(root, 'tools/bench/import/parse-file.cjs'), file, '3'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (parsed.status !== 0) throw new Error(`parse-file failed: ${parsed.stderr}`);
  const parse = JSON.parse(parsed.stdout.trim().split('\n').pop());

  const dryRun = await upload(director, server.base, cycle.id, content, { mode: 'dry_run' });
  if (dryRun.body.problems.length)
    throw new Error(`problems: ${JSON.stringify(dryRun.body.problems.slice(0, 3))}`);
  const apply = await upload(director, server.base, cycle.id, content, {
    mode: 'apply',
    fingerprint: dryRun.body.fingerprint,
  });
  // A save this large runs as a background job: the apply lasts until the job has written every value.
  if (apply.body.jobId) {
    const job = await finished(director, server.base, apply.body.jobId);
    apply.ms += job.ms;
    apply.body.applied = job.applied;
  }
  const result = {
    agencies: AGENCIES,
    indicators: INDICES * LEAVES_PER_INDEX,
    values: parse.cells,
    fileBytes: Buffer.byteLength(content),
    parseMs: Math.round(parse.ms),
    dryRunMs: Math.round(dryRun.ms),
    applyMs: Math.round(apply.ms),
    applied: apply.body.applied,
    ratio: (dryRun.ms + apply.ms) / parse.ms,
    target: TARGET_RATIO,
  };
  result.met = result.ratio <= TARGET_RATIO;
  console.log(
    `import of ${AGENCIES} agencies × ${result.indicators} indicators (${result.values} values, ${(result.fileBytes / 1024).toFixed(0)} KB CSV):`,
  );
  console.log(`  parse alone:  ${result.parseMs} ms`);
  console.log(`  dry run:      ${result.dryRunMs} ms`);
  console.log(`  apply:        ${result.applyMs} ms (${result.applied} values saved)`);
  console.log(
    `  ratio:        ${result.ratio.toFixed(1)} × parse (target ≤ ${TARGET_RATIO})${result.met ? '' : ': MISSED'}`,
  );
  if (!result.met) process.exitCode = 1;
  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tools/bench/results/import.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
