// `npm run bench`: every tools/bench/<area>/*.bench.mjs in turn. Results land in tools/bench/results/.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const benches = readdirSync(here)
  .filter((name) => statSync(join(here, name)).isDirectory() && name !== 'results')
  .flatMap((area) =>
    readdirSync(join(here, area))
      .filter((f) => f.endsWith('.bench.mjs'))
      .map((f) => join(area, f)),
  )
  .filter((path) => !only || path.includes(only));

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const result = spawnSync(process.execPath, [join(here, bench)], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
