import type { ContestView } from '@prgauge/contracts';
import { timelineSteps } from './contest-timeline';

const contest = (over: Partial<ContestView> = {}): ContestView => ({
  id: 'c',
  title: { en: 'Best press secretary' },
  organiser: { en: 'Media hub' },
  regionIds: [],
  year: 2026,
  series: 'best-press-secretary',
  rules: null,
  shape: 'combined',
  phase: 'judging',
  votingOpen: true,
  liveCounts: false,
  nominations: [],
  version: 1,
  timeZone: 'Asia/Almaty',
  applicationsOpenAt: '2026-03-01T00:00:00Z',
  applicationsCloseAt: '2026-04-01T00:00:00Z',
  judgingStartAt: '2026-04-05T00:00:00Z',
  judgingEndAt: '2026-05-01T00:00:00Z',
  votingStartAt: '2026-04-10T00:00:00Z',
  votingEndAt: '2026-05-05T00:00:00Z',
  resultsPublishedAt: null,
  ...over,
});

const states = (c: ContestView, now: string) =>
  timelineSteps(c, Date.parse(now)).map((s) => `${s.key}:${s.state}`);

describe('timelineSteps', () => {
  it('marks judging and voting current together while they overlap', () => {
    expect(states(contest(), '2026-04-20T00:00:00Z')).toEqual([
      'applications:done',
      'judging:current',
      'voting:current',
      'results:upcoming',
    ]);
  });

  it('leaves voting out of a contest without a voting window', () => {
    const c = contest({
      votingStartAt: null,
      votingEndAt: null,
      votingOpen: false,
      phase: 'applications_open',
    });
    expect(states(c, '2026-03-10T00:00:00Z')).toEqual([
      'applications:current',
      'judging:upcoming',
      'results:upcoming',
    ]);
  });

  it('closes every step once results are published', () => {
    const c = contest({
      phase: 'results_published',
      votingOpen: false,
      resultsPublishedAt: '2026-05-10T00:00:00Z',
    });
    expect(states(c, '2026-05-11T00:00:00Z')).toEqual([
      'applications:done',
      'judging:done',
      'voting:done',
      'results:current',
    ]);
  });

  it('shows a vote-only contest applications, voting and results, with no judging', () => {
    const c = contest({
      shape: 'vote',
      judgingStartAt: null,
      judgingEndAt: null,
      phase: 'voting',
    });
    expect(states(c, '2026-04-20T00:00:00Z')).toEqual([
      'applications:done',
      'voting:current',
      'results:upcoming',
    ]);
  });

  it('shows a jury-only contest no voting step', () => {
    const c = contest({ shape: 'jury', votingStartAt: '2026-04-10T00:00:00Z', votingOpen: false });
    expect(states(c, '2026-04-20T00:00:00Z')).toEqual([
      'applications:done',
      'judging:current',
      'results:upcoming',
    ]);
  });
});
