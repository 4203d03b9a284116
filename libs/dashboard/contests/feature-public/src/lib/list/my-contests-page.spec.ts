import type { ContestView } from '@prgauge/contracts';
import { contestsFor } from './my-contests-page';

const contest = (id: string, over: Partial<ContestView>): ContestView =>
  ({ id, phase: 'judging', votingEndAt: null, ...over }) as ContestView;

describe('contestsFor', () => {
  const now = Date.parse('2026-05-01T00:00:00Z');
  const list = [
    contest('judged', { phase: 'judging' }),
    contest('voting', { phase: 'applications_closed', votingEndAt: '2026-05-10T00:00:00Z' }),
    contest('over', { phase: 'awaiting_results', votingEndAt: '2026-04-10T00:00:00Z' }),
    contest('published', { phase: 'results_published', votingEndAt: '2026-06-10T00:00:00Z' }),
  ];

  it('gives a juror the contests being judged or about to be', () => {
    expect(contestsFor('jury', list, now).map((c) => c.id)).toEqual(['judged', 'voting']);
  });

  it('gives a journalist the contests whose voting is not over', () => {
    expect(contestsFor('voting', list, now).map((c) => c.id)).toEqual(['voting']);
  });
});
