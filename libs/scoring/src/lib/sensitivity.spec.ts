import { aDocument, group, leaf } from '../testing/builders';
import { scoreDocument } from './engine';
import type { ScoringInput } from './types';

const close: ScoringInput = aDocument(
  [group('media', 1, leaf('m', 1, { type: 'percent' })), group('web', 1, leaf('w', 1, { type: 'percent' }))],
  ['a', 'b', 'c', 'd'],
  { a: { m: 90, w: 50 }, b: { m: 50, w: 88 }, c: { m: 60, w: 60 }, d: { m: 10, w: 10 } },
);

describe('rank stability', () => {
  it('spread 0 gives the interval [rank, rank] and median = rank', () => {
    const results = scoreDocument({ ...close, sensitivity: { runs: 50, spread: 0, seed: 7 } }).results;
    for (const r of results) {
      expect(r.stability).toEqual({
        medianRank: r.rank,
        rankInterval: [r.rank, r.rank],
        topThreeProbability: (r.rank ?? 9) <= 3 ? 1 : 0,
      });
    }
  });

  it('is reproducible: the same seed gives the same output', () => {
    const doc = { ...close, sensitivity: { runs: 500, spread: 0.5, seed: 42 } };
    expect(scoreDocument(doc)).toEqual(scoreDocument(doc));
  });

  it('a and b (70 vs 69 with equal weights) swap places under debated weights; d is always last', () => {
    const results = Object.fromEntries(
      scoreDocument({ ...close, sensitivity: { runs: 1000, spread: 0.5, seed: 1 } }).results.map((r) => [
        r.agency,
        r.stability,
      ]),
    );
    expect(results['a']?.rankInterval).toEqual([1, 2]);
    expect(results['b']?.rankInterval[0]).toBe(1);
    expect(results['d']).toEqual({ medianRank: 4, rankInterval: [4, 4], topThreeProbability: 0 });
  });

  it('appears only when asked for', () => {
    expect(scoreDocument(close).results[0].stability).toBeUndefined();
  });
});
