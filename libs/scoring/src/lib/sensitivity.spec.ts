import fixture from '../fixtures/nested-three-levels.json';
import { aDocument, byAgency, group, leaf } from '../testing/builders';
import { scoreDocument } from './engine';
import { mulberry32 } from './sensitivity';
import type { ScoringInput } from './types';

/** Equal index weights: a = (90 + 50)/2 = 70, b = (50 + 88)/2 = 69, c = 60, d = 10. */
const close: ScoringInput = aDocument(
  [group('media', 1, leaf('m', 1, { type: 'percent' })), group('web', 1, leaf('w', 1, { type: 'percent' }))],
  ['a', 'b', 'c', 'd'],
  { a: { m: 90, w: 50 }, b: { m: 50, w: 88 }, c: { m: 60, w: 60 }, d: { m: 10, w: 10 } },
);
const stabilityOf = (doc: ScoringInput, runs: number, spread: number, seed: number) =>
  Object.fromEntries(
    scoreDocument({ ...doc, sensitivity: { runs, spread, seed } }).results.map((r) => [
      r.agency,
      r.stability,
    ]),
  );

describe('rank stability under debated top-level weights', () => {
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

  it('spread 0 keeps shared ranks shared: two agencies tied at 50 both get [1, 1]', () => {
    const tied = aDocument(
      [leaf('m', 1, { type: 'percent' }), leaf('w', 1, { type: 'percent' })],
      ['p', 'q'],
      {
        p: { m: 100, w: 0 },
        q: { m: 0, w: 100 },
      },
    );
    const stability = stabilityOf(tied, 20, 0, 1);
    expect(stability['p']?.rankInterval).toEqual([1, 1]);
    expect(stability['q']?.rankInterval).toEqual([1, 1]);
  });

  it('the same seed gives the same output; other seeds draw other weights', () => {
    expect(stabilityOf(close, 500, 0.5, 42)).toEqual(stabilityOf(close, 500, 0.5, 42));
    // Three runs per seed leave a's median at 1 or 2 by chance, so twenty seeds cannot all agree.
    const medians = new Set(
      Array.from({ length: 20 }, (_, seed) => stabilityOf(close, 3, 0.5, seed)['a']?.medianRank),
    );
    expect(medians).toEqual(new Set([1, 2]));
  });

  it('a beats b when media weighs more than 38/40 of web, about half the runs: a and b swap between 1 and 2', () => {
    const stability = stabilityOf(close, 1000, 0.5, 1);
    expect(stability['a']?.rankInterval).toEqual([1, 2]);
    expect(stability['b']?.rankInterval).toEqual([1, 2]);
    expect(stability['a']?.topThreeProbability).toBe(1);
    expect(stability['d']).toEqual({ medianRank: 4, rankInterval: [4, 4], topThreeProbability: 0 });
  });

  it('appears only when asked for, and not for an agency without a total', () => {
    expect(scoreDocument(close).results[0].stability).toBeUndefined();
    const results = byAgency(
      scoreDocument({ ...(fixture as ScoringInput), sensitivity: { runs: 100, spread: 0.25, seed: 3 } })
        .results,
    );
    expect(results['x'].stability).toBeUndefined();
    expect(results['e1'].stability).toEqual({ medianRank: 1, rankInterval: [1, 1], topThreeProbability: 1 });
  });
});

describe('mulberry32', () => {
  it('is seeded: the same seed repeats the sequence, values lie in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
