import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { preProcessFile } from 'typescript';

/** Every source file of the API that `entry` reaches through relative imports, relative to `src/`. */
function reachedFrom(entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [resolve(__dirname, entry)];
  while (pending.length) {
    const file = pending.pop() as string;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const { fileName } of preProcessFile(readFileSync(file, 'utf8')).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = join(dirname(file), fileName);
      const found = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (found) pending.push(found);
    }
  }
  return new Set([...reached].map((file) => relative(__dirname, file)));
}

// The production bundle is what main.ts reaches; webpack builds demo.ts into demo.js on its own.
describe('the starts of the API', () => {
  it('keep the demo data out of the production start', () => {
    const production = [...reachedFrom('main.ts')];
    expect(production).toContain('app/app.module.ts');
    expect(production.filter((file) => file.startsWith('demo'))).toEqual([]);
  });

  it('give the demo start the demo data', () => {
    const demo = reachedFrom('demo.ts');
    expect(demo.has('app/app.module.ts')).toBe(true);
    expect(demo.has('demo/demo-data.service.ts')).toBe(true);
  });
});
