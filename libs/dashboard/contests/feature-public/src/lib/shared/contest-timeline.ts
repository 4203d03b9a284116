import type { ContestView } from '@prgauge/contracts';

export type TimelineStepKey = 'applications' | 'judging' | 'voting' | 'results';
export type TimelineState = 'done' | 'current' | 'upcoming';

export interface TimelineStep {
  key: TimelineStepKey;
  from: string | null;
  to: string | null;
  state: TimelineState;
}

const stateOf = (from: string | null, to: string | null, now: number): TimelineState => {
  if (to && Date.parse(to) <= now) return 'done';
  if (from && Date.parse(from) <= now) return 'current';
  return 'upcoming';
};

/**
 * The contest's phases in date order, only those its shape has. Voting may overlap judging, so both can be current at once; results
 * are current from publication on, and every step before them is then done.
 */
export function timelineSteps(contest: ContestView, now = Date.now()): TimelineStep[] {
  const published = contest.phase === 'results_published';
  const steps: TimelineStep[] = [
    {
      key: 'applications',
      from: contest.applicationsOpenAt,
      to: contest.applicationsCloseAt,
      state: stateOf(contest.applicationsOpenAt, contest.applicationsCloseAt, now),
    },
  ];
  // Only the phases of the contest's shape: a vote-only contest has no judging, a jury-only one no vote.
  if (contest.shape !== 'vote')
    steps.push({
      key: 'judging',
      from: contest.judgingStartAt,
      to: contest.judgingEndAt,
      state: stateOf(contest.judgingStartAt, contest.judgingEndAt, now),
    });
  if (contest.shape !== 'jury' && contest.votingStartAt && contest.votingEndAt)
    steps.push({
      key: 'voting',
      from: contest.votingStartAt,
      to: contest.votingEndAt,
      state: contest.votingOpen ? 'current' : stateOf(contest.votingStartAt, contest.votingEndAt, now),
    });
  steps.push({
    key: 'results',
    from: contest.resultsPublishedAt,
    to: null,
    state: published ? 'current' : 'upcoming',
  });
  return published ? steps.map((s) => (s.key === 'results' ? s : { ...s, state: 'done' })) : steps;
}
