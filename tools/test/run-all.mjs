// `npm test`: every check, in the order that fails fastest. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nx = (...args) => ['npx', 'nx', ...args, '--outputStyle=static'];

const steps = [
  { name: 'format', command: nx('format:check') },
  { name: 'lint and unit tests', command: nx('run-many', '-t', 'lint', 'test', '--parallel=2') },
  {
    name: 'API integration tests (PostgreSQL)',
    command: nx('run-many', '-t', 'integration', '--parallel=1'),
  },
  { name: 'browser end-to-end tests (Chromium)', command: nx('run-many', '-t', 'e2e', '--parallel=1') },
];

let passed = 0;
for (const step of steps) {
  const started = Date.now();
  process.stdout.write(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
  const result = spawnSync(step.command[0], step.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`\n=== ${step.name} FAILED after ${seconds}s\n${passed} passed, 1 failed\n`);
    process.exit(result.status ?? 1);
  }
  passed += 1;
  process.stdout.write(`=== ${step.name} passed in ${seconds}s\n`);
}
process.stdout.write(`\n${passed} passed, 0 failed\n`);
