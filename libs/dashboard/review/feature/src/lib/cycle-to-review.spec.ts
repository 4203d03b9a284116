import type { CycleView } from '@prgauge/contracts';
import { cycleToReview } from './cycle-to-review';

const cycle = (id: string, deadline: string, status: CycleView['status'] = 'open'): CycleView => ({
  id,
  regionId: 'north',
  name: id,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deadline,
  status,
  publishedAt: null,
  importedHistory: false,
  version: 1,
  timeZone: 'Asia/Almaty',
});

describe('cycleToReview', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const newer = cycle('2027', '2027-12-31T18:00:00Z');
  const current = cycle('2026', '2026-12-21T18:00:00Z');

  it('opens the cycle with submissions waiting whose deadline comes first, not the newest', async () => {
    const waiting = { '2027': 2, '2026': 5 } as Record<string, number>;
    expect((await cycleToReview([newer, current], async (id) => waiting[id], now))?.id).toBe('2026');
  });

  it('opens a later cycle when only it has something to review', async () => {
    const waiting = { '2027': 1, '2026': 0 } as Record<string, number>;
    expect((await cycleToReview([current, newer], async (id) => waiting[id], now))?.id).toBe('2027');
  });

  it('opens the nearest deadline when nothing waits anywhere', async () => {
    expect((await cycleToReview([newer, current], async () => 0, now))?.id).toBe('2026');
  });
});
