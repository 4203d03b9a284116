import { heldPhaseMoves, type PhaseWindows } from './held-phase-dates';

const NOW = new Date('2026-05-10T12:00:00Z');
const at = (day: string) => new Date(`2026-05-${day}T12:00:00Z`);

/** A contest in its voting window: applications 1–5 May, judging 6–20, voting 6–15. */
const DATES: PhaseWindows = {
  applicationsOpenAt: at('01'),
  applicationsCloseAt: at('05'),
  judgingStartAt: at('06'),
  judgingEndAt: at('20'),
  votingStartAt: at('06'),
  votingEndAt: at('15'),
};
const HELD = { applications: 25, score_sheets: 0, votes: 40 };
const movesOf = (change: Partial<PhaseWindows>, held = HELD) =>
  heldPhaseMoves(DATES, { ...DATES, ...change }, held, NOW).map((p) => [p.field, p.params]);

describe('moves of dates over the data a phase holds', () => {
  it('refuses to end voting before now once votes exist', () => {
    expect(movesOf({ votingEndAt: at('09') })).toEqual([
      ['votingEndAt', { held: 'votes', count: 40, move: 'shortens' }],
    ]);
  });

  it('refuses to unschedule voting that holds votes', () => {
    expect(movesOf({ votingStartAt: null, votingEndAt: null })).toEqual([
      ['votingEndAt', { held: 'votes', count: 40, move: 'removes' }],
    ]);
  });

  it('refuses to start a phase later than the data it holds', () => {
    expect(movesOf({ applicationsOpenAt: at('03') })).toEqual([
      ['applicationsOpenAt', { held: 'applications', count: 25, move: 'shortens' }],
    ]);
  });

  it('refuses to reopen applications that closed', () => {
    expect(movesOf({ applicationsCloseAt: at('11') })).toEqual([
      ['applicationsCloseAt', { held: 'applications', count: 25, move: 'reopens' }],
    ]);
  });

  it('lets a running phase grow, and a phase without data move anywhere', () => {
    expect(movesOf({ votingEndAt: at('18') })).toEqual([]);
    expect(movesOf({ judgingStartAt: at('08'), judgingEndAt: at('12') })).toEqual([]);
    expect(movesOf({ votingEndAt: at('09') }, { applications: 0, score_sheets: 0, votes: 0 })).toEqual([]);
  });
});
