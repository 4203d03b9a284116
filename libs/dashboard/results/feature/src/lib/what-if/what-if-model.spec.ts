import { prepareScoring, type ScoringInput } from '@prgauge/scoring';
import type { CycleView } from '@prgauge/contracts';
import {
  changedWeights,
  rankingCoverage,
  slidersOf,
  startingCycle,
  weightSum,
  whatIfRows,
  withWeights,
} from './what-if-model';

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

describe('where a what-if starts and what it shows beside the sliders', () => {
  const cycle = (id: string, status: CycleView['status'], periodEnd: string): CycleView =>
    ({ id, status, periodStart: `${periodEnd.slice(0, 4)}-01-01`, periodEnd }) as CycleView;

  it('starts on the latest published cycle by period, not on a newer open one or the first listed', () => {
    expect(
      startingCycle([
        cycle('open-2026', 'open', '2026-12-31'),
        cycle('pub-2024', 'published', '2024-12-31'),
        cycle('pub-2025', 'published', '2025-12-31'),
      ]),
    ).toBe('pub-2025');
    expect(startingCycle([cycle('open-2026', 'open', '2026-12-31')])).toBe('open-2026');
    expect(startingCycle([])).toBeNull();
  });

  it('sums the weights as they stand and gives each index its share', () => {
    const sliders = [
      { key: 'a', name: 'A', official: 3, children: [] },
      { key: 'b', name: 'B', official: 1, children: [] },
    ];
    const { sum, shares } = weightSum(sliders, (s) => (s.key === 'b' ? 5 : s.official));
    expect(sum).toBe(8);
    expect(shares.get('a')).toBeCloseTo(3 / 8, 10);
    expect(shares.get('b')).toBeCloseTo(5 / 8, 10);
  });

  it('counts the agencies the ranking scores out of all it lists', () => {
    expect(rankingCoverage([{ total: 50 }, { total: null }, { total: 0 }])).toEqual({ scored: 2, of: 3 });
  });
});
