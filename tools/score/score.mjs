// Entry of `npm run score`: bundles the CLI with esbuild when the bundle is missing or older than its sources,
// then runs the bundle, so scoring never pays for TypeScript compilation and startup stays a few file stats.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bundle = join(here, 'dist', 'score.cjs');
const library = join(root, 'libs', 'scoring', 'src');
const sources = [join(here, 'cli.ts'), join(library, 'index.ts'), join(library, 'lib')];

/** Newest modification time of the TypeScript sources under a path; specs do not go into the bundle. */
function newestSource(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return path.endsWith('.spec.ts') ? 0 : stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.map(newestSource))) {
  const { buildSync } = await import('esbuild');
  const [output] = buildSync({
    entryPoints: [join(here, 'cli.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'error',
  }).outputFiles;
  // Written aside and renamed, so a run started at the same moment never requires a half-written bundle.
  const partial = `${bundle}.${process.pid}.tmp`;
  mkdirSync(dirname(bundle), { recursive: true });
  writeFileSync(partial, output.contents);
  renameSync(partial, bundle);
}
createRequire(import.meta.url)(bundle);
