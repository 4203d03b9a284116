// Times the import's own reading of a file alone (the tabular reader and the layout step, no database), in this
// process after a warm-up: `node parse-file.cjs <file> <repeats>` prints the median milliseconds.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..', '..');
process.env.TS_NODE_PROJECT = join(root, 'apps/api/tsconfig.app.json');
process.env.TS_NODE_TRANSPILE_ONLY = 'true';
process.env.TS_NODE_COMPILER_OPTIONS = JSON.stringify({ module: 'commonjs', moduleResolution: 'node' });
require('ts-node/register');
require('tsconfig-paths/register');
const { readTabularFile } = require(join(root, 'apps/api/src/app/common/tabular/tabular-table'));
const { importedCells } = require(join(root, 'apps/api/src/app/value-import/value-file'));
const { VALUE_IMPORT_LIMITS } = require(join(root, 'apps/api/src/app/value-import/value-upload'));

async function main() {
  const [file, repeats = '3'] = process.argv.slice(2);
  const content = readFileSync(file);
  const kind = file.endsWith('.xlsx') ? 'xlsx' : 'csv';
  const once = async () => {
    const started = process.hrtime.bigint();
    const read = await readTabularFile(kind, content, VALUE_IMPORT_LIMITS);
    const cells = importedCells(read.table).cells.length;
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, cells };
  };
  await once();
  const runs = [];
  for (let i = 0; i < Number(repeats); i += 1) runs.push(await once());
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], cells: runs[0].cells }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
