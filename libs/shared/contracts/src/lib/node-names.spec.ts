import type { FrameworkDocument, FrameworkDocumentLeaf } from './framework';
import { nodeNameGaps, regionDefaultLocale } from './node-names';

const leaf = (key: string, name: FrameworkDocumentLeaf['name']): FrameworkDocumentLeaf => ({
  key,
  name,
  weight: 1,
  measure: { type: 'number' },
  source: 'agency',
  evidenceRequired: false,
});

const framework = (...children: FrameworkDocumentLeaf[]): FrameworkDocument => ({
  indicators: [
    { key: 'media', name: { ru: 'СМИ', kk: 'БАҚ', fa: 'رسانه', en: 'Media' }, weight: 1, children },
  ],
});

describe('nodeNameGaps', () => {
  it('finds nothing when every node is named in every language, or by a plain name', () => {
    const all = { ru: 'а', kk: 'ә', fa: 'ب', en: 'b' };
    expect(nodeNameGaps(framework(leaf('a', all), leaf('b', 'Plain')), 'ru')).toEqual([]);
  });

  it('blocks a node without a name in the default language and names it by path and key', () => {
    const gaps = nodeNameGaps(framework(leaf('a', { en: 'Reach' })), 'ru');
    expect(gaps).toEqual([
      { path: 'framework.indicators[0].children[0]', key: 'a', missing: ['ru', 'kk', 'fa'], blocking: true },
    ]);
  });

  it('only warns when the default language is there and others are missing', () => {
    const gaps = nodeNameGaps(framework(leaf('a', { fa: 'دسترسی', ru: ' ' })), 'fa');
    expect(gaps.map((g) => [g.missing, g.blocking])).toEqual([[['ru', 'kk', 'en'], false]]);
  });

  it('treats an empty name object or a blank plain name as no name at all', () => {
    const gaps = nodeNameGaps(framework(leaf('a', {}), leaf('b', '  ')), 'kk');
    expect(gaps.map((g) => [g.key, g.blocking, g.missing.length])).toEqual([
      ['a', true, 4],
      ['b', true, 4],
    ]);
  });
});

describe('regionDefaultLocale', () => {
  it("reads the region's own default and falls back to Russian", () => {
    expect(regionDefaultLocale({ defaultLocale: 'fa' })).toBe('fa');
    expect(regionDefaultLocale({})).toBe('ru');
    expect(regionDefaultLocale({ defaultLocale: 'de' })).toBe('ru');
    expect(regionDefaultLocale(null)).toBe('ru');
  });
});
