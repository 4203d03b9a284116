// Entry of `npm run score`: bundles the CLI with esbuild when its sources changed, then runs the bundle, so the
// scoring itself never pays for TypeScript compilation.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bundle = join(here, 'dist', 'score.cjs');
const sources = [join(here, 'cli.ts'), join(root, 'libs', 'scoring', 'src')];

function newestSource(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.map(newestSource))) {
  const { buildSync } = await import('esbuild');
  buildSync({
    entryPoints: [join(here, 'cli.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: bundle,
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'error',
  });
}
createRequire(import.meta.url)(bundle);
