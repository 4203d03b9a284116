import { contestDateProblems, ContestDateFields } from './contest-dates';
import {
  contestPhase,
  judgingRefusal,
  nominationEditRefusal,
  PhaseDates,
  publicationRefusal,
} from './contest-phase';
import { keptDates, shapeNominationProblems } from './contest-shape';
import type { Contest } from './contest.entity';

const at = (day: number) => new Date(Date.UTC(2026, 1, day));
/** Best press secretary: applications 1–10 February, voting 12–20, no judging. */
const VOTE_ONLY: PhaseDates = {
  status: 'announced',
  applicationsOpenAt: at(1),
  applicationsCloseAt: at(10),
  judgingStartAt: null,
  judgingEndAt: null,
  votingStartAt: at(12),
  votingEndAt: at(20),
  resultsPublishedAt: null,
};
const fields = (over: Partial<ContestDateFields>): ContestDateFields => ({
  shape: 'combined',
  applicationsOpenAt: at(1),
  applicationsCloseAt: at(10),
  judgingStartAt: at(11),
  judgingEndAt: at(15),
  votingStartAt: at(12),
  votingEndAt: at(20),
  ...over,
});
const codesOf = (problems: { field: string; code?: string }[]) => problems.map((p) => [p.field, p.code]);

describe('a vote-only contest', () => {
  it.each([
    [0, 'announced'],
    [5, 'applications_open'],
    [11, 'applications_closed'],
    [12, 'voting'],
    [19, 'voting'],
    [20, 'awaiting_results'],
  ] as const)(
    'is on 2026-02-%i in phase %s: applications, then voting, then awaiting results',
    (day, phase) => {
      expect(contestPhase(VOTE_ONLY, at(day))).toBe(phase);
    },
  );

  it('refuses every score sheet with contest.no_judging, whatever the day', () => {
    expect(judgingRefusal(VOTE_ONLY, at(15))).toEqual({
      code: 'contest.no_judging',
      params: { phase: 'voting' },
    });
  });

  it('locks nominations when voting starts, and may be published once voting is over', () => {
    expect(nominationEditRefusal(VOTE_ONLY, at(11))).toBeNull();
    expect(nominationEditRefusal(VOTE_ONLY, at(12))?.params).toEqual({
      phase: 'voting',
      lockedAt: at(12).toISOString(),
      votingStartAt: at(12).toISOString(),
    });
    expect(publicationRefusal(VOTE_ONLY, at(19))?.params).toEqual({
      phase: 'voting',
      readyAt: at(20).toISOString(),
      votingEndAt: at(20).toISOString(),
    });
    expect(publicationRefusal(VOTE_ONLY, at(20))).toBeNull();
  });
});

describe('the dates each shape asks for', () => {
  it('refuses judging dates on a vote-only contest, naming judgingStartAt', () => {
    expect(codesOf(contestDateProblems(fields({ shape: 'vote' })))).toEqual([
      ['judgingStartAt', 'contest.phase_not_in_shape'],
    ]);
  });

  it('needs a voting window in a vote-only contest', () => {
    const problems = contestDateProblems(
      fields({
        shape: 'vote',
        judgingStartAt: null,
        judgingEndAt: null,
        votingStartAt: null,
        votingEndAt: null,
      }),
    );
    expect(codesOf(problems)).toEqual([['votingStartAt', 'contest.phase_required']]);
  });

  it('accepts a vote-only contest with its voting window and no judging', () => {
    expect(contestDateProblems(fields({ shape: 'vote', judgingStartAt: null, judgingEndAt: null }))).toEqual(
      [],
    );
  });

  it('needs judging dates in jury-only and combined contests, and refuses a voting window in a jury-only one', () => {
    expect(codesOf(contestDateProblems(fields({ shape: 'jury' })))).toEqual([
      ['votingStartAt', 'contest.phase_not_in_shape'],
    ]);
    expect(
      codesOf(contestDateProblems(fields({ shape: 'combined', judgingStartAt: null, judgingEndAt: null }))),
    ).toEqual([['judgingStartAt', 'contest.phase_required']]);
    expect(contestDateProblems(fields({ shape: 'jury', votingStartAt: null, votingEndAt: null }))).toEqual(
      [],
    );
  });
});

describe('changing a shape', () => {
  const stored = { ...VOTE_ONLY, judgingStartAt: at(11), judgingEndAt: at(15) } as Contest;

  it('drops the dates of the phase the new shape lacks unless the request names them', () => {
    expect(keptDates(stored, 'vote', {})).toEqual({
      judgingStartAt: null,
      judgingEndAt: null,
      votingStartAt: at(12),
      votingEndAt: at(20),
    });
    expect(keptDates(stored, 'jury', {}).votingStartAt).toBeNull();
    expect(keptDates(stored, 'combined', {})).toMatchObject({
      judgingStartAt: at(11),
      votingStartAt: at(12),
    });
  });

  it('refuses a shape its nominations do not fit, naming them', () => {
    const nominations = [
      { name: { en: 'Best page' }, scoringMode: 'jury' as const },
      { name: { en: "Journalists' award" }, scoringMode: 'vote' as const },
    ];
    expect(shapeNominationProblems('vote', nominations)).toEqual([
      expect.objectContaining({
        field: 'shape',
        code: 'contest.shape_conflicts_nominations',
        params: { shape: 'vote', count: 1, nominations: 'Best page' },
      }),
    ]);
    expect(shapeNominationProblems('combined', nominations)).toEqual([]);
  });
});
