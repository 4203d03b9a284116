import { aDocument, anAgency, leaf } from '../testing/builders';
import { scoreDocument } from './engine';

const ranksOf = (table: Record<string, number>, groups: Record<string, string> = {}) => {
  const ids = Object.keys(table);
  const doc = aDocument(
    { scale: 1000, indicators: [leaf('x', 1, { type: 'percent' })] },
    ids.map((id) => (groups[id] ? anAgency(id).inGroup(groups[id]).build() : id)),
    Object.fromEntries(ids.map((id) => [id, { x: table[id] }])),
  );
  return Object.fromEntries(
    scoreDocument(doc).results.map((r) => [r.agency, [r.total, r.rank, r.groupRank]]),
  );
};

describe('ranks', () => {
  it('competition ranking 1, 2, 2, 4 on a 1000-point scale', () => {
    expect(ranksOf({ a: 90, b: 80, c: 80, d: 10 })).toEqual({
      a: [900, 1, null],
      b: [800, 2, null],
      c: [800, 2, null],
      d: [100, 4, null],
    });
  });

  it('compares totals after rounding to 4 decimals: 50.00001% and 50% tie on a 1000 scale (500.0001 vs 500)', () => {
    const ranks = ranksOf({ a: 50.000001, b: 50 });
    expect(ranks['a'][1]).toBe(1);
    expect(ranks['b'][1]).toBe(1);
  });

  it('ranks within peer groups, and leaves group rank null without a group', () => {
    const ranks = ranksOf({ a: 90, b: 80, c: 70, d: 60 }, { a: 'health', b: 'education', c: 'health' });
    expect(ranks).toEqual({ a: [900, 1, 1], b: [800, 2, 1], c: [700, 3, 2], d: [600, 4, null] });
  });
});
