// Which feature folders of the API import each other, both ways (a cycle between two folders), counting the
// app's code and not its specs: a spec may arrange data through any module. Run from the workspace root:
//   node tools/lint/folder-cycles.mjs         prints each pair, with one importing file of each side
//   node tools/lint/folder-cycles.mjs --json  prints the pairs as JSON, [["cycles", "scores"], ...]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const APP = resolve('apps/api/src/app');
const SPEC = /\.(int-)?spec\.ts$/;
const IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g;

/** The API's TypeScript files under `dir`, specs left out. */
function codeFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return entry.name.endsWith('.ts') && !SPEC.test(entry.name) ? [path] : [];
  });
}

/** The feature folder of a path under the app, or null for a file at its top (app.module.ts). */
function folderOf(path) {
  const parts = relative(APP, path).split('/');
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : null;
}

/** "a b" → one file of folder a that imports folder b. */
const edges = new Map();
for (const file of codeFiles(APP)) {
  const from = folderOf(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const to = folderOf(resolve(dirname(file), specifier));
    if (from && to && from !== to && !edges.has(`${from} ${to}`))
      edges.set(`${from} ${to}`, relative(APP, file));
  }
}
const pairs = [...edges.keys()]
  .map((edge) => edge.split(' '))
  .filter(([a, b]) => a < b && edges.has(`${b} ${a}`))
  .sort();

if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(pairs));
else {
  for (const [a, b] of pairs)
    console.log(`${a} <-> ${b}: ${edges.get(`${a} ${b}`)}, ${edges.get(`${b} ${a}`)}`);
  console.log(`${pairs.length} pairs of folders import each other`);
}
