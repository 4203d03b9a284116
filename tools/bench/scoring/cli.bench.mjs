// Scoring CLI against the bare cost of reading and parsing its input, measured side by side:
//  1. 5,000 agencies × 80 leaves: the CLI must finish within 3× `node` reading + JSON.parse of the same file;
//  2. 1,000 sensitivity runs on 1,000 × 80 must add under 1 s to reading + parsing that document.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProvince } from './province.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);

function timeCommand(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

/** Alternates the two commands so that machine noise falls on both alike; returns median milliseconds. */
function sideBySide(a, b) {
  const timesA = [];
  const timesB = [];
  for (let i = 0; i < REPEATS; i += 1) {
    timesA.push(timeCommand(a));
    timesB.push(timeCommand(b));
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [median(timesA), median(timesB)];
}

const parseOnly = (file) => ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
const cli = (file) => [join(root, 'tools/score/score.mjs'), file];

const dir = mkdtempSync(join(tmpdir(), 'scoring-bench-'));
try {
  const bigFile = join(dir, 'province-5000x80.json');
  writeFileSync(bigFile, JSON.stringify(generateProvince({ agencies: 5000 })));
  const sensFile = join(dir, 'province-1000x80-sensitivity.json');
  writeFileSync(
    sensFile,
    JSON.stringify(generateProvince({ agencies: 1000, sensitivity: { runs: 1000, spread: 0.25, seed: 42 } })),
  );
  timeCommand(cli(sensFile)); // builds the CLI bundle once, outside the measurement

  const [parseBig, cliBig] = sideBySide(parseOnly(bigFile), cli(bigFile));
  const [parseSens, cliSens] = sideBySide(parseOnly(sensFile), cli(sensFile));
  const result = {
    repeats: REPEATS,
    province5000: { parseMs: parseBig, cliMs: cliBig, ratio: cliBig / parseBig, target: 'ratio ≤ 3' },
    sensitivity1000: {
      parseMs: parseSens,
      cliMs: cliSens,
      addedMs: cliSens - parseSens,
      target: 'added < 1000 ms',
    },
  };
  console.log(
    `5,000 × 80: read+parse ${parseBig.toFixed(0)} ms, CLI ${cliBig.toFixed(0)} ms, ratio ${result.province5000.ratio.toFixed(2)} (target ≤ 3)`,
  );
  console.log(
    `1,000 × 80 with 1,000 sensitivity runs: read+parse ${parseSens.toFixed(0)} ms, CLI ${cliSens.toFixed(0)} ms, added ${result.sensitivity1000.addedMs.toFixed(0)} ms (target < 1000)`,
  );
  result.met = result.province5000.ratio <= 3 && result.sensitivity1000.addedMs < 1000;
  if (!result.met) {
    console.log('  a target was MISSED');
    process.exitCode = 1;
  }
  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tools/bench/results/scoring-cli.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
