import type { PhaseDates } from '../setup/contest-phase';
import { dueContestNotices } from './contest-notice-schedule';

const DAY = 86_400_000;
const T0 = Date.parse('2026-05-01T06:00:00Z');
const at = (days: number) => new Date(T0 + days * DAY);

/** Judging from day 0 to day 10, voting from day 2 to day 12. */
const contest = (overrides: Partial<PhaseDates> = {}): PhaseDates => ({
  status: 'announced',
  applicationsOpenAt: at(-20),
  applicationsCloseAt: at(-1),
  judgingStartAt: at(0),
  judgingEndAt: at(10),
  votingStartAt: at(2),
  votingEndAt: at(12),
  resultsPublishedAt: null,
  ...overrides,
});
const kinds = (c: PhaseDates, days: number) =>
  dueContestNotices('c', c, at(days)).map((n) => (n.daysLeft ? `${n.kind}:${n.daysLeft}` : n.kind));

describe('which date-driven contest notices are due', () => {
  it('opens judging and voting while their windows run, and nothing before or after', () => {
    expect(kinds(contest(), -0.5)).toEqual([]);
    expect(kinds(contest(), 0)).toEqual(['contest.judging_open']);
    expect(kinds(contest(), 2)).toEqual(['contest.judging_open', 'contest.voting_open']);
    expect(kinds(contest(), 12)).toEqual([]);
  });

  it('reminds 3 days before judging ends until the 1-day reminder takes over', () => {
    expect(kinds(contest(), 6.9)).not.toContain('contest.judging_reminder:3');
    expect(kinds(contest(), 7)).toContain('contest.judging_reminder:3');
    expect(kinds(contest(), 8.99)).toContain('contest.judging_reminder:3');
    expect(kinds(contest(), 9)).toContain('contest.judging_reminder:1');
    expect(kinds(contest(), 9)).not.toContain('contest.judging_reminder:3');
    expect(kinds(contest(), 11)).toEqual(['contest.voting_open', 'contest.voting_closing:1']);
  });

  it("names the end in a reminder's key, so a moved end plans the reminders again", () => {
    const keyAt = (end: number) =>
      dueContestNotices('c', contest({ judgingEndAt: at(end) }), at(end - 2)).find(
        (n) => n.kind === 'contest.judging_reminder',
      )?.key;
    expect(keyAt(10)).toBe(`contest.judging_reminder:c:3d:${at(10).toISOString()}`);
    expect(keyAt(11)).not.toBe(keyAt(10));
  });

  it("sends nothing for a draft, a vote-only contest's judging, or once results are out", () => {
    expect(kinds(contest({ status: 'draft' }), 2)).toEqual([]);
    expect(kinds(contest({ judgingStartAt: null, judgingEndAt: null }), 2)).toEqual(['contest.voting_open']);
    expect(kinds(contest({ resultsPublishedAt: at(1) }), 2)).toEqual([]);
  });
});
