import type { ContestResults, ContestView, NominationView, TieBreak } from '@prgauge/contracts';
import { releaseClock, setClock } from '../../../../test/support/clock';
import { fieldProblemsOf, fileApplication, registerVoter } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

/** Applications 1–10 March 2027, voting 12–20 March, no judging: the best press secretary, voted on alone. */
const DATES = {
  applicationsOpenAt: '2027-03-01T00:00:00Z',
  applicationsCloseAt: '2027-03-10T00:00:00Z',
  votingStartAt: '2027-03-12T00:00:00Z',
  votingEndAt: '2027-03-20T00:00:00Z',
};
const VOTERS = 8;

/**
 * The seed's vote-only contest from an empty database: 25 candidates, of whom 2 get votes. Four nominations
 * hold the same 25 applications, so that one vote count is ranked under each tie rule:
 * - `shared` and `chain` (jury score, then the earlier application): 5 and 3 votes;
 * - `tiedShared` and `tiedChain` (the earlier application): 4 and 4 votes.
 */
describe('a vote-only contest: places and ties', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let contest: ContestView;
  const n = { shared: '', chain: '', tiedShared: '', tiedChain: '' };
  const candidates: string[] = [];
  /** Signs in again at the clock's current time, as sessions expire by it. */
  const director = () => callerFor(testApp, fx.logins.director);

  beforeAll(async () => {
    testApp = await createTestApp();
    setClock(testApp, '2027-03-02T09:00:00Z');
    fx = await seedRegions(testApp);
  }, 60_000);
  afterAll(async () => {
    releaseClock(testApp);
    await testApp.close();
  });

  const create = async (caller: Caller, payload: object) =>
    caller({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { kk: 'Үздік баспасөз хатшысы', en: 'Best press secretary' },
        organiser: { en: 'Regional news hub' },
        year: 2027,
        series: 'best-press-secretary',
        status: 'announced',
        ...payload,
      },
    });

  it('refuses judging dates on a vote-only contest and a combined contest without them, naming the field', async () => {
    const caller = await director();
    const judging = { judgingStartAt: '2027-03-11T00:00:00Z', judgingEndAt: '2027-03-15T00:00:00Z' };
    const withJudging = await create(caller, { shape: 'vote', ...DATES, ...judging });
    expect([withJudging.statusCode, fieldProblemsOf(withJudging)]).toEqual([
      400,
      [
        {
          field: 'judgingStartAt',
          code: 'contest.phase_not_in_shape',
          params: { shape: 'vote', phase: 'judging' },
        },
      ],
    ]);
    const withoutJudging = await create(caller, { shape: 'combined', ...DATES });
    expect([withoutJudging.statusCode, fieldProblemsOf(withoutJudging)]).toEqual([
      400,
      [
        {
          field: 'judgingStartAt',
          code: 'contest.phase_required',
          params: { shape: 'combined', phase: 'judging' },
        },
      ],
    ]);
  });

  it('creates a vote-only contest with no judging dates, in the applications phase', async () => {
    const r = await create(await director(), { shape: 'vote', ...DATES });
    expect(r.statusCode).toBe(201);
    contest = r.json();
    expect([contest.shape, contest.judgingStartAt, contest.judgingEndAt, contest.phase]).toEqual([
      'vote',
      null,
      null,
      'applications_open',
    ]);
  });

  it('scores its nominations by votes without being told, and refuses a jury nomination', async () => {
    const caller = await director();
    const nominate = (name: string, tieBreaks: TieBreak[]) =>
      caller({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: { name: { en: name }, places: 1, tieBreaks },
      });
    const jury = await caller({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: {
        name: { en: 'Jury prize' },
        scoringMode: 'jury',
        criteria: [{ key: 'q', name: { en: 'Q' }, weight: 1 }],
      },
    });
    expect(fieldProblemsOf(jury)).toEqual([
      {
        field: 'scoringMode',
        code: 'nomination.mode_not_in_shape',
        params: { shape: 'vote', allowed: 'vote' },
      },
    ]);
    const created: NominationView[] = [];
    for (const [name, chain] of [
      ['Shared', []],
      ['Chain', ['jury_score', 'earlier_application']],
      ['Tied, shared', []],
      ['Tied, chain', ['earlier_application']],
    ] as [string, TieBreak[]][]) {
      const r = await nominate(name, chain);
      expect(r.statusCode).toBe(201);
      created.push(r.json());
    }
    expect(created.map((x) => [x.scoringMode, x.tieBreaks])).toEqual([
      ['vote', []],
      ['vote', ['jury_score', 'earlier_application']],
      ['vote', []],
      ['vote', ['earlier_application']],
    ]);
    [n.shared, n.chain, n.tiedShared, n.tiedChain] = created.map((x) => x.id);
  });

  it('takes 25 applications, the first filed first, and accepts them', async () => {
    const caller = await director();
    for (let i = 1; i <= 25; i++) {
      setClock(testApp, `2027-03-02T10:${String(i).padStart(2, '0')}:00Z`);
      const name = `Candidate ${String(i).padStart(2, '0')}`;
      candidates.push(await fileApplication(caller, contest.id, name, `Akimat ${i}`, Object.values(n)));
    }
    for (const id of candidates) {
      const r = await caller({
        method: 'POST',
        url: `/api/contest-applications/${id}/screening`,
        payload: { status: 'accepted' },
      });
      expect(r.statusCode).toBe(201);
    }
  }, 60_000);

  it('goes from applications to voting; verified journalists vote 5 : 3 and 4 : 4 for candidates 1 and 2', async () => {
    const voters: string[] = [];
    for (let i = 0; i < VOTERS; i++) voters.push(await registerVoter(testApp, contest.id, `reporter${i}`));
    const caller = await director();
    for (const voterId of voters) {
      const r = await caller({
        method: 'POST',
        url: `/api/contest-voters/${voterId}/verification`,
        payload: { status: 'verified' },
      });
      expect(r.statusCode).toBe(201);
    }
    setClock(testApp, '2027-03-15T10:00:00Z');
    const view = (await (await director())({ method: 'GET', url: `/api/contests/${contest.id}` })).json();
    expect([view.phase, view.votingOpen]).toEqual(['voting', true]);
    const [first, second] = candidates;
    for (let i = 0; i < VOTERS; i++) {
      const journalist = await callerFor(testApp, `reporter${i}`);
      const choices = { [n.shared]: i < 5, [n.chain]: i < 5, [n.tiedShared]: i < 4, [n.tiedChain]: i < 4 };
      for (const [nominationId, forFirst] of Object.entries(choices)) {
        const r = await journalist({
          method: 'POST',
          url: `/api/nominations/${nominationId}/votes`,
          payload: { applicationId: forFirst ? first : second },
        });
        expect(r.statusCode).toBe(201);
      }
    }
  }, 60_000);

  describe('the published results', () => {
    let results: ContestResults;
    /** Candidate name → [place, votes, winner], for one nomination. */
    const placesIn = (nominationId: string) =>
      Object.fromEntries(
        (results.nominations.find((x) => x.nomination.id === nominationId)?.rows ?? []).map((r) => [
          r.candidateName,
          [r.rank, r.votes, r.winner],
        ]),
      );
    const others = (place: number) =>
      Object.fromEntries(
        Array.from({ length: 23 }, (_, i) => [
          `Candidate ${String(i + 3).padStart(2, '0')}`,
          [place, 0, false],
        ]),
      );

    beforeAll(async () => {
      setClock(testApp, '2027-03-19T10:00:00Z');
      const early = await (
        await director()
      )({ method: 'POST', url: `/api/contests/${contest.id}/results/publish` });
      expect(early.statusCode).toBe(409);
      setClock(testApp, '2027-03-21T10:00:00Z');
      const published = await (
        await director()
      )({
        method: 'POST',
        url: `/api/contests/${contest.id}/results/publish`,
      });
      expect(published.statusCode).toBe(201);
      const r = await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}/results` });
      expect(r.statusCode).toBe(200);
      results = r.json();
    });

    it('places 5 and 3 votes first and second, and the 23 without votes all third, never 3..25', () => {
      expect(placesIn(n.shared)).toEqual({
        'Candidate 01': [1, 5, true],
        'Candidate 02': [2, 3, false],
        ...others(3),
      });
    });

    it('places the 23 without votes third together under a tie-break chain too: no tie-break orders them', () => {
      expect(placesIn(n.chain)).toEqual({
        'Candidate 01': [1, 5, true],
        'Candidate 02': [2, 3, false],
        ...others(3),
      });
    });

    it('shares first place at 4 : 4 by default, so one place gives two winners; the next place is 3', () => {
      expect(placesIn(n.tiedShared)).toEqual({
        'Candidate 01': [1, 4, true],
        'Candidate 02': [1, 4, true],
        ...others(3),
      });
    });

    it('breaks the 4 : 4 tie by the earlier application where the chain names it', () => {
      expect(placesIn(n.tiedChain)).toEqual({
        'Candidate 01': [1, 4, true],
        'Candidate 02': [2, 4, false],
        ...others(3),
      });
    });

    it('shows the public the vote counts, no jury total, and a contest with no judging dates', () => {
      const row = results.nominations[0].rows[0];
      expect([row.votes, row.juryScore]).toEqual([5, null]);
      expect(results.nominations.map((x) => x.rows.reduce((sum, r) => sum + r.votes, 0))).toEqual([
        8, 8, 8, 8,
      ]);
      expect([results.contest.phase, results.contest.judgingStartAt, results.contest.shape]).toEqual([
        'results_published',
        null,
        'vote',
      ]);
    });
  });
});
