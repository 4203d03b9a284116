import type { PublishSummary } from '@prgauge/contracts';
import { stateBars } from './publish-summary-model';

const summary = (over: Partial<PublishSummary>): PublishSummary => ({
  cycleId: 'c',
  status: 'review',
  importedHistory: false,
  periodEnd: '2026-12-31',
  periodEnded: true,
  counts: { draft: 0, submitted: 0, returned: 0, approved: 0 },
  expected: 0,
  approved: 0,
  scored: 0,
  coverage: 0,
  unscored: [],
  refusal: null,
  warnings: [],
  ...over,
});

describe('stateBars', () => {
  it('puts approved first and gives each state its share of the listed agencies', () => {
    const bars = stateBars(
      summary({
        counts: { draft: 1, submitted: 1, returned: 0, approved: 2 },
        expected: 5,
        unscored: [
          { agencyId: 'a', agencyCode: 'A', agencyName: {}, status: 'draft' },
          { agencyId: 'b', agencyCode: 'B', agencyName: {}, status: 'submitted' },
          { agencyId: 'c', agencyCode: 'C', agencyName: {}, status: null },
        ],
      }),
    );
    expect(bars).toEqual([
      { state: 'approved', count: 2, share: 0.4 },
      { state: 'draft', count: 1, share: 0.2 },
      { state: 'submitted', count: 1, share: 0.2 },
      { state: 'returned', count: 0, share: 0 },
      { state: 'none', count: 1, share: 0.2 },
    ]);
  });

  it('draws empty bars for a region without agencies rather than dividing by zero', () => {
    expect(stateBars(summary({})).map((b) => b.share)).toEqual([0, 0, 0, 0]);
  });
});
