import type { RankingRow } from '@prgauge/contracts';
import { heatColour, heatmapOrder } from './heatmap-order';

const row = (code: string, total: number | null, media: number | null): RankingRow => ({
  agencyId: code,
  code,
  name: { en: code },
  peerGroup: null,
  total,
  rank: null,
  groupRank: null,
  indices: { media },
  coverage: 1,
  movement: null,
});

describe('heatmap order', () => {
  const rows = [row('A', 70, 40), row('B', 60, 90), row('C', null, null), row('D', 60, 10)];

  it('sorts by total, ties by code, missing last', () => {
    expect(heatmapOrder(rows, { by: 'total' }).map((r) => r.code)).toEqual(['A', 'B', 'D', 'C']);
  });

  it('sorts by one index', () => {
    expect(heatmapOrder(rows, { by: 'index', key: 'media' }).map((r) => r.code)).toEqual([
      'B',
      'A',
      'D',
      'C',
    ]);
  });

  it('colours 0 red, 50 amber-ish and 100 green', () => {
    expect([heatColour(0), heatColour(50), heatColour(100), heatColour(null)]).toEqual([
      'hsl(0 70% 80%)',
      'hsl(60 70% 80%)',
      'hsl(120 70% 80%)',
      '#f1f3f6',
    ]);
  });
});
