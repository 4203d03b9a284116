import type { FrameworkDocument, FrameworkDocumentNode } from '@prgauge/contracts';
import { frameworkHints, hintsByNode, levelWeights } from './framework-checks';
import { newLeaf } from './framework-tree';

const named = (key: string) => ({ ru: key, kk: key, fa: key, en: key });
const leaf = (key: string, extra: Partial<FrameworkDocumentNode> = {}): FrameworkDocumentNode => ({
  ...newLeaf(key),
  name: named(key),
  ...extra,
});
const framework = (...children: FrameworkDocumentNode[]): FrameworkDocument => ({
  indicators: [{ key: 'media', name: named('media'), weight: 1, children }],
});
const codes = (f: FrameworkDocument) =>
  frameworkHints(f, 'ru').map((h) => `${h.path.join('.')}:${h.field}:${h.code}`);

describe('level weights', () => {
  it('sums a level and gives each node its share: 25 + 20 + 15 = 60, so 25 is 5/12', () => {
    const level = levelWeights([
      leaf('a', { weight: 25 }),
      leaf('b', { weight: 20 }),
      leaf('c', { weight: 15 }),
    ]);
    expect(level.sum).toBe(60);
    expect(level.shares[0]).toBeCloseTo(25 / 60);
    expect(level.problem).toBeNull();
  });

  it('flags a level with a weight that is zero, negative or not a number, and leaves it out of the sum', () => {
    const level = levelWeights([
      leaf('a', { weight: 3 }),
      leaf('b', { weight: 0 }),
      leaf('c', { weight: NaN }),
    ]);
    expect(level).toEqual({ sum: 3, shares: [1, 0, 0], problem: 'notPositive' });
    expect(levelWeights([leaf('a', { weight: -2 })]).problem).toBe('notPositive');
  });

  it('flags an empty level', () => {
    expect(levelWeights([])).toEqual({ sum: 0, shares: [], problem: 'empty' });
  });
});

describe('framework hints', () => {
  it('finds nothing in a complete framework', () => {
    expect(
      codes(framework(leaf('media.a'), leaf('media.b', { measure: { type: 'rating', max: 5 } }))),
    ).toEqual([]);
  });

  it('names the node and field of each problem the API would report', () => {
    const broken = framework(
      leaf('', { weight: 0, name: named('unnamed') }),
      leaf('media.rated', { source: 'evaluator' }),
      leaf('media.goal', {
        measure: { type: 'percent', normalize: { method: 'goalposts', min: 10, max: 5 } },
      }),
      leaf('media.stars', { measure: { type: 'rating' } }),
    );
    expect(codes(broken)).toEqual([
      '0.0:key:keyEmpty',
      '0.0:weight:weightNotPositive',
      '0.1:source:evaluatorRating',
      '0.2:normalize:goalpostsOrder',
      '0.3:measure:ratingMax',
    ]);
  });

  it('marks every copy of a duplicate key and an empty group', () => {
    const f: FrameworkDocument = {
      indicators: [
        { key: 'media', name: named('media'), weight: 1, children: [leaf('x'), leaf('x')] },
        { key: 'web', name: named('web'), weight: 1, children: [] },
      ],
    };
    expect(codes(f)).toEqual(['1:children:groupEmpty', '0.0:key:keyDuplicate', '0.1:key:keyDuplicate']);
  });

  it('notes a name missing in one of the four languages as advice, not as an error', () => {
    const hints = frameworkHints(
      framework(leaf('media.a', { name: { ru: 'Выпуски', kk: '', fa: 'x', en: 'y' } })),
      'ru',
    );
    expect(hints).toEqual([{ path: [0, 0], field: 'name', code: 'nameMissing', advisory: true }]);
    expect([...hintsByNode(hints).keys()]).toEqual(['0-0']);
  });

  it("stops a save when a name is missing in the region's default language", () => {
    const f = framework(leaf('media.a', { name: { ru: 'Выпуски', en: 'Releases' } }));
    expect(frameworkHints(f, 'ru')).toEqual([
      { path: [0, 0], field: 'name', code: 'nameMissing', advisory: true },
    ]);
    expect(frameworkHints(f, 'fa')).toEqual([{ path: [0, 0], field: 'name', code: 'nameMissingDefault' }]);
    expect(frameworkHints(framework(leaf('media.b', { name: {} })), 'kk')).toEqual([
      { path: [0, 0], field: 'name', code: 'nameMissingDefault' },
    ]);
  });

  it('asks for both goalposts', () => {
    const f = framework(
      leaf('media.goal', {
        measure: { type: 'number', normalize: { method: 'goalposts', min: 0, max: NaN } },
      }),
    );
    expect(codes(f)).toEqual(['0.0:normalize:goalpostsMissing']);
  });
});
