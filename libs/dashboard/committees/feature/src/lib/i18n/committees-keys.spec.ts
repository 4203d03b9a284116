import { isAction } from '@prgauge/permissions';
import { TRAINING_TAB_TEXTS } from '@prgauge/dashboard-training-ui';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMITTEES_TEXTS } from './committees-texts';

/** The committees' and training's keys written literally in this library's code and templates. */
function keysUsed(): { file: string; key: string }[] {
  const dir = join(__dirname, '..');
  const used: { file: string; key: string }[] = [];
  for (const file of readdirSync(dir)) {
    if (!/\.(ts|html)$/.test(file) || file.endsWith('.spec.ts')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/['"]((?:committees|training)\.[A-Za-z.]+)['"]/g))
      // Permission actions (`training.report.read`) are written like keys but name no text.
      if (!isAction(match[1])) used.push({ file, key: match[1] });
  }
  return used;
}

describe('committees keys', () => {
  it('finds every key its screens use in the dictionaries its routes load', () => {
    const loaded = { ...TRAINING_TAB_TEXTS.en, ...COMMITTEES_TEXTS.en } as Record<string, string>;
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(0);
    // A key ending in a dot is a prefix completed in the template (a kind, a role, a language's code).
    const known = Object.keys(loaded);
    const missing = used.filter(({ key }) =>
      key.endsWith('.') ? !known.some((k) => k.startsWith(key)) : !(key in loaded),
    );
    expect(missing).toEqual([]);
  });
});
