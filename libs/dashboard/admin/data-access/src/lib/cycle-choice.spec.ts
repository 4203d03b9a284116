import type { CycleView } from '@prgauge/contracts';
import {
  editorHasWork,
  editorsDefaultCycles,
  latestPublishedCycle,
  nearestCycleWithWork,
} from './cycle-choice';

const cycle = (id: string, over: Partial<CycleView>): CycleView => ({
  id,
  regionId: 'north',
  name: id,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deadline: '2027-01-31T18:00:00Z',
  status: 'open',
  publishedAt: null,
  importedHistory: false,
  version: 1,
  timeZone: 'Asia/Almaty',
  ...over,
});

describe('latestPublishedCycle', () => {
  it('takes the published cycle whose period ends last, whatever the order and publication dates', () => {
    const cycles = [
      cycle('2024', {
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        status: 'published',
        publishedAt: '2026-11-01T00:00:00Z',
      }),
      cycle('2027', { periodStart: '2027-01-01', periodEnd: '2027-12-31', status: 'open' }),
      cycle('2025', {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        status: 'archived',
        publishedAt: '2026-02-01T00:00:00Z',
      }),
    ];
    expect(latestPublishedCycle(cycles)?.id).toBe('2025');
  });

  it('breaks a tie on the period end by the later start, and answers null when nothing is published', () => {
    const half = cycle('half', { periodStart: '2025-07-01', periodEnd: '2025-12-31', status: 'published' });
    const year = cycle('year', { periodStart: '2025-01-01', periodEnd: '2025-12-31', status: 'published' });
    expect(latestPublishedCycle([year, half])?.id).toBe('half');
    expect(latestPublishedCycle([cycle('draft', { status: 'draft' })])).toBeNull();
  });
});

describe('nearestCycleWithWork', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const soon = cycle('2026', { deadline: '2026-12-21T18:00:00Z' });
  const later = cycle('2027', { deadline: '2027-12-31T18:00:00Z' });

  it('opens the cycle with work whose deadline comes first, even when a newer one is listed first', () => {
    expect(nearestCycleWithWork([later, soon], () => true, now)?.id).toBe('2026');
  });

  it('passes over a cycle without work for a later one that has some', () => {
    expect(nearestCycleWithWork([later, soon], (c) => c.id === '2027', now)?.id).toBe('2027');
  });

  it('falls back on the deadline nearest to now when no cycle has work', () => {
    const passed = cycle('passed', { deadline: '2026-11-25T18:00:00Z' });
    expect(nearestCycleWithWork([later, soon, passed], () => false, now)?.id).toBe('passed');
    expect(nearestCycleWithWork([], () => true, now)).toBeNull();
  });
});

describe('editorHasWork', () => {
  it('counts an editable draft or return as work, and nothing sent, approved or locked', () => {
    expect(editorHasWork({ status: 'draft', editable: true })).toBe(true);
    expect(editorHasWork({ status: 'returned', editable: true })).toBe(true);
    expect(editorHasWork({ status: 'submitted', editable: false })).toBe(false);
    expect(editorHasWork({ status: 'approved', editable: false })).toBe(false);
    expect(editorHasWork({ status: 'draft', editable: false })).toBe(false);
    expect(editorHasWork(null)).toBe(false);
  });
});

describe('editorsDefaultCycles', () => {
  it('takes an editor to a live cycle before imported history, and to history only when nothing else is open', () => {
    const history = cycle('2020', { deadline: '2021-01-31T18:00:00Z', importedHistory: true });
    const live = cycle('2026', { deadline: '2027-01-31T18:00:00Z' });
    expect(editorsDefaultCycles([history, live]).map((c) => c.id)).toEqual(['2026']);
    expect(editorsDefaultCycles([history]).map((c) => c.id)).toEqual(['2020']);
    expect(editorsDefaultCycles([])).toEqual([]);
  });
});
