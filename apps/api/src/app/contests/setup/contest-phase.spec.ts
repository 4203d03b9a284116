import {
  applicationRefusal,
  contestPhase,
  isVotingOpen,
  judgingRefusal,
  liveCountsRefusal,
  nominationEditRefusal,
  PhaseDates,
  publicationRefusal,
  resultsPublishedRefusal,
  resultsRefusal,
  voterRegistrationRefusal,
  votingRefusal,
} from './contest-phase';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const CONTEST: PhaseDates = {
  status: 'announced',
  applicationsOpenAt: at(1),
  applicationsCloseAt: at(10),
  judgingStartAt: at(10),
  judgingEndAt: at(20),
  votingStartAt: at(12),
  votingEndAt: at(22),
  resultsPublishedAt: null,
};

describe('contest phases', () => {
  it.each([
    [0, 'announced'],
    [1, 'applications_open'],
    [9, 'applications_open'],
    [10, 'judging'],
    [20, 'awaiting_results'],
  ] as const)('is on 2026-01-%i in phase %s', (day, phase) => {
    expect(contestPhase(CONTEST, at(day))).toBe(phase);
  });

  it('stays a draft whatever the dates, and is published once the publication time has passed', () => {
    expect(contestPhase({ ...CONTEST, status: 'draft' }, at(5))).toBe('draft');
    expect(contestPhase({ ...CONTEST, resultsPublishedAt: at(25) }, at(26))).toBe('results_published');
  });

  it('opens voting from its start to just before its end', () => {
    expect([at(11), at(12), at(21), at(22)].map((d) => isVotingOpen(CONTEST, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('names the phase and the window when an application comes after the deadline', () => {
    expect(applicationRefusal(CONTEST, at(11))).toEqual({
      code: 'contest.applications_closed',
      params: { phase: 'judging', opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2026-01-10T00:00:00.000Z' },
    });
    expect(applicationRefusal(CONTEST, at(2))).toBeNull();
  });

  it('publishes only when judging and voting are both over, naming when they are', () => {
    expect(publicationRefusal(CONTEST, at(21))).toEqual({
      code: 'contest.results_not_ready',
      params: {
        phase: 'awaiting_results',
        readyAt: '2026-01-22T00:00:00.000Z',
        judgingEndAt: '2026-01-20T00:00:00.000Z',
        votingEndAt: '2026-01-22T00:00:00.000Z',
      },
    });
    expect(publicationRefusal(CONTEST, at(22))).toBeNull();
    expect(
      publicationRefusal({ ...CONTEST, votingStartAt: null, votingEndAt: null }, at(19))?.params,
    ).toEqual({
      phase: 'judging',
      readyAt: '2026-01-20T00:00:00.000Z',
      judgingEndAt: '2026-01-20T00:00:00.000Z',
    });
  });

  it('refuses a second publication, and any change once published, naming when the results came out', () => {
    const published = { ...CONTEST, resultsPublishedAt: at(23) };
    const refusal = {
      code: 'contest.results_published',
      params: { phase: 'results_published', publishedAt: '2026-01-23T00:00:00.000Z' },
    };
    expect([publicationRefusal(published, at(24)), resultsPublishedRefusal(published, at(24))]).toEqual([
      refusal,
      refusal,
    ]);
    expect(
      nominationEditRefusal({ ...published, judgingStartAt: at(30), votingStartAt: null }, at(24)),
    ).toEqual(refusal);
    expect(resultsPublishedRefusal(published, at(22))).toBeNull();
  });

  it('lets nominations change until judging or voting starts, whichever is first, and in a draft always', () => {
    const voteFirst = { ...CONTEST, votingStartAt: at(10), judgingStartAt: at(11) };
    expect([at(9), at(10)].map((d) => nominationEditRefusal(voteFirst, d) === null)).toEqual([true, false]);
    expect(nominationEditRefusal(voteFirst, at(10))).toEqual({
      code: 'contest.nominations_locked',
      params: {
        phase: 'applications_closed',
        lockedAt: '2026-01-10T00:00:00.000Z',
        judgingStartAt: '2026-01-11T00:00:00.000Z',
        votingStartAt: '2026-01-10T00:00:00.000Z',
      },
    });
    expect(nominationEditRefusal({ ...CONTEST, status: 'draft' }, at(30))).toBeNull();
  });

  it('takes score sheets only during judging, naming its window', () => {
    expect(judgingRefusal(CONTEST, at(15))).toBeNull();
    expect(judgingRefusal(CONTEST, at(20))).toEqual({
      code: 'contest.not_judging',
      params: {
        phase: 'awaiting_results',
        judgingStartAt: '2026-01-10T00:00:00.000Z',
        judgingEndAt: '2026-01-20T00:00:00.000Z',
      },
    });
  });

  it('closes votes outside the voting window, and tells a contest without a public vote apart', () => {
    expect(votingRefusal(CONTEST, at(15))).toBeNull();
    expect(votingRefusal(CONTEST, at(11))).toEqual({
      code: 'vote.closed',
      params: {
        phase: 'judging',
        opensAt: '2026-01-12T00:00:00.000Z',
        closesAt: '2026-01-22T00:00:00.000Z',
      },
    });
    expect(votingRefusal({ ...CONTEST, votingStartAt: null, votingEndAt: null }, at(15))).toEqual({
      code: 'vote.not_scheduled',
      params: { phase: 'judging' },
    });
  });

  it('takes voters until voting ends, never after the results or without a vote', () => {
    expect(voterRegistrationRefusal(CONTEST, at(21))).toBeNull();
    expect(voterRegistrationRefusal(CONTEST, at(22))).toEqual({
      code: 'voter.registration_closed',
      params: { phase: 'awaiting_results', votingEndAt: '2026-01-22T00:00:00.000Z' },
    });
    expect(voterRegistrationRefusal({ ...CONTEST, votingStartAt: null, votingEndAt: null }, at(2))).toEqual({
      code: 'voter.registration_closed',
      params: { phase: 'applications_open' },
    });
  });

  it('shows results only once published', () => {
    expect(resultsRefusal(CONTEST, at(21))).toEqual({
      code: 'contest.results_not_published',
      params: { phase: 'awaiting_results', judgingEndAt: '2026-01-20T00:00:00.000Z' },
    });
    expect(resultsRefusal({ ...CONTEST, resultsPublishedAt: at(23) }, at(23))).toBeNull();
  });

  it('shows vote counts before results only when the organisers turned them on', () => {
    expect(liveCountsRefusal({ ...CONTEST, liveCounts: false }, at(15))).toEqual({
      code: 'contest.live_counts_hidden',
      params: { phase: 'judging' },
    });
    expect(liveCountsRefusal({ ...CONTEST, liveCounts: true }, at(15))).toBeNull();
    expect(
      liveCountsRefusal({ ...CONTEST, liveCounts: false, resultsPublishedAt: at(25) }, at(26)),
    ).toBeNull();
  });
});
