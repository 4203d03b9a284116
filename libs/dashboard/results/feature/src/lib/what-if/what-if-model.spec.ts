import { prepareScoring, type ScoringInput } from '@prgauge/scoring';
import { changedWeights, slidersOf, whatIfRows, withWeights } from './what-if-model';

/** a: media 90, web 50; b: media 50, web 88 — with equal weights a = 70 leads b = 69. */
const document: ScoringInput = {
  framework: {
    indicators: [
      {
        key: 'media',
        weight: 1,
        children: [{ key: 'media.m', weight: 1, measure: { type: 'percent' } }],
      },
      { key: 'web', weight: 1, children: [{ key: 'web.w', weight: 1, measure: { type: 'percent' } }] },
    ],
  },
  agencies: [{ id: 'a' }, { id: 'b' }],
  values: [
    { agency: 'a', indicator: 'media.m', value: 90 },
    { agency: 'a', indicator: 'web.w', value: 50 },
    { agency: 'b', indicator: 'media.m', value: 50 },
    { agency: 'b', indicator: 'web.w', value: 88 },
  ],
};

describe('what-if weights', () => {
  it('makes one slider per index with its official weight', () => {
    expect(slidersOf(document.framework.indicators).map((s) => [s.key, s.official])).toEqual([
      ['media', 1],
      ['web', 1],
    ]);
  });

  it('swaps a and b when web weighs twice as much: b = (50 + 2 × 88) / 3 = 75.33 beats a = 63.33', () => {
    const prepared = prepareScoring(document);
    const official = prepared.recompute();
    const rows = whatIfRows(prepared.agencyIds, prepared.recompute({ web: 2 }), official);
    expect(rows.map((r) => [r.agencyId, r.rank, r.officialRank, r.change])).toEqual([
      ['b', 1, 2, 1],
      ['a', 2, 1, -1],
    ]);
    expect(rows[0].total).toBeCloseTo(75.333, 3);
  });

  it('keeps only the weights that differ from the official ones', () => {
    const sliders = slidersOf(document.framework.indicators);
    expect(changedWeights({ media: 1, web: 3 }, sliders)).toEqual({ web: 3 });
  });

  it('writes new weights into a stored framework and keeps its texts', () => {
    const stored = {
      scale: 100,
      indicators: [{ key: 'media', weight: 1, name: { ru: 'СМИ' }, children: [] }],
    };
    expect(withWeights(stored, { media: 4 })).toEqual({
      scale: 100,
      indicators: [{ key: 'media', weight: 4, name: { ru: 'СМИ' }, children: [] }],
    });
  });
});
