import type { LocalizedText } from '@prgauge/contracts';

/**
 * A stable code for a new topic, made from its English name (or any Latin-letter name) so that reports and
 * framework rules read naturally, made unique among the region's codes. People never type it.
 */
export function topicCodeFor(name: LocalizedText, taken: readonly string[]): string {
  const source = [name.en, name.kk, name.ru, name.fa].find((text) => text && /[a-z]/i.test(text)) ?? '';
  const slug = source
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 34)
    .replace(/_+$/, '');
  const base = slug.length >= 2 ? slug : 'topic';
  let code = base;
  for (let n = 2; taken.includes(code); n++) code = `${base}_${n}`;
  return code;
}
