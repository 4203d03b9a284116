import {
  applicationRefusal,
  contestPhase,
  isVotingOpen,
  liveCountsRefusal,
  nominationEditRefusal,
  PhaseDates,
  publicationRefusal,
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
    expect(applicationRefusal(CONTEST, at(11))).toBe(
      'Applications are accepted only while applications are open (2026-01-01T00:00:00.000Z to 2026-01-10T00:00:00.000Z); the contest is in phase judging',
    );
    expect(applicationRefusal(CONTEST, at(2))).toBeNull();
  });

  it('publishes only when judging and voting are both over', () => {
    expect(publicationRefusal(CONTEST, at(21))).toContain('phase awaiting_results');
    expect(publicationRefusal(CONTEST, at(22))).toBeNull();
  });

  it('lets nominations change until judging or voting starts, whichever is first, and in a draft always', () => {
    const voteFirst = { ...CONTEST, votingStartAt: at(10), judgingStartAt: at(11) };
    expect([at(9), at(10)].map((d) => nominationEditRefusal(voteFirst, d) === null)).toEqual([true, false]);
    expect(nominationEditRefusal(CONTEST, at(10))).toMatch(/^Nominations can change only before judging/);
    expect(nominationEditRefusal({ ...CONTEST, status: 'draft' }, at(30))).toBeNull();
  });

  it('shows vote counts before results only when the organisers turned them on', () => {
    expect(liveCountsRefusal({ ...CONTEST, liveCounts: false }, at(15))).toContain('phase judging');
    expect(liveCountsRefusal({ ...CONTEST, liveCounts: true }, at(15))).toBeNull();
    expect(
      liveCountsRefusal({ ...CONTEST, liveCounts: false, resultsPublishedAt: at(25) }, at(26)),
    ).toBeNull();
  });
});
