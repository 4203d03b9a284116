// Builds what is needed (Nx caches unchanged projects) and runs the API, which serves the dashboard too.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function build(projects) {
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', projects.join(','), '--outputStyle=static'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NX_NO_CLOUD: 'true' },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Runs a built start of the API with the given extra arguments and environment, passing signals through:
 * `main.js` (production, the default) or `demo.js` (the same with the demo region).
 */
export function runApi(args, env, entry = 'main.js') {
  const child = spawn(process.execPath, [join(root, 'dist/apps/api', entry), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}
