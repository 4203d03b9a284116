import type {
  ContestBallot,
  ContestResults,
  ContestView,
  JurorTask,
  JuryProgressRow,
  NominationView,
} from '@prgauge/contracts';
import type { LightMyRequestResponse } from 'fastify';
import {
  announceContest,
  CRITERIA,
  fieldProblemsOf,
  fileApplication,
  insertAccount,
  moveContest,
  refusalOf,
  registerVoter,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

const sheet = (q: number, r: number, s: number) => ({ scores: { quality: q, rating: r, subscribers: s } });

/**
 * One contest, four nominations: N1 jury, N2 jury with per-juror normalisation, N3 combined 70 % jury, N4 votes.
 * Anna (Agency A) files twice, Boris (Akimat) and Dana (Kazinform) once each.
 */
describe('professional contests', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let editor: Caller;
  let contest: ContestView;
  const n = { jury: '', normalised: '', combined: '', vote: '' };
  const app = { anna: '', boris: '', dana: '', anna2: '' };
  const jurors: Record<string, Caller> = {};
  const journalists: Caller[] = [];
  let unverified: Caller;

  const status = (r: LightMyRequestResponse) => r.statusCode;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    editor = await callerFor(testApp, fx.logins.editorA);
    contest = await announceContest(director, {
      title: { ru: 'Лучший SMM-специалист', en: 'Best social-media specialist' },
      series: 'best-smm',
    });
    const nominate = async (payload: object) => {
      const r = await director({ method: 'POST', url: `/api/contests/${contest.id}/nominations`, payload });
      expect(status(r)).toBe(201);
      return (r.json() as NominationView).id;
    };
    n.jury = await nominate({ name: { en: 'Pages' }, criteria: CRITERIA, scoringMode: 'jury' });
    n.normalised = await nominate({
      name: { en: 'Accounts' },
      criteria: CRITERIA,
      scoringMode: 'jury',
      normaliseJurors: true,
    });
    n.combined = await nominate({
      name: { en: 'Comments' },
      criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
      scoringMode: 'combined',
      juryShare: 0.7,
      prizeAmount: 400000,
      prizeCurrency: 'KZT',
    });
    n.vote = await nominate({
      name: { en: 'Audience award' },
      scoringMode: 'vote',
      tieBreaks: ['earlier_application'],
    });

    const file = (caller: Caller, name: string, organisation: string, nominationIds: string[]) =>
      fileApplication(caller, contest.id, name, organisation, nominationIds);
    app.anna = await file(editor, 'Anna Petrova', 'Agency A', [n.jury, n.normalised, n.combined, n.vote]);
    app.boris = await file(director, 'Boris Ivanov', 'Akimat', [n.jury, n.normalised, n.combined, n.vote]);
    app.dana = await file(director, 'Dana Seitova', 'Kazinform', [n.jury, n.normalised]);
    app.anna2 = await file(director, 'anna  petrova', '«Agency A»', [n.vote]);

    for (const [login, organisation, nominations] of [
      ['mild', 'Regional TV', [n.jury, n.normalised]],
      ['harsh', 'Radio Zhetysu', [n.jury, n.normalised]],
      ['colleague', '«AKIMAT»', [n.combined]],
      ['declarer', 'University', [n.combined]],
    ] as const) {
      const account = await insertAccount(testApp, login, 'juror', fx.region.id);
      for (const nominationId of nominations) {
        const r = await director({
          method: 'POST',
          url: `/api/nominations/${nominationId}/jurors`,
          payload: { userId: account.id, organisation },
        });
        expect(status(r)).toBe(201);
      }
      jurors[login] = await callerFor(testApp, login);
    }
  }, 120_000);
  afterAll(() => testApp.close());

  it('refuses a rejection without a reason, naming the field, and accepts the applications', async () => {
    const screen = (id: string, payload: object) =>
      director({ method: 'POST', url: `/api/contest-applications/${id}/screening`, payload });
    const bad = await screen(app.anna, { status: 'rejected' });
    expect([status(bad), fieldProblemsOf(bad).map((p) => p.field)]).toEqual([400, ['reason']]);
    for (const id of Object.values(app)) expect(status(await screen(id, { status: 'accepted' }))).toBe(201);
  });

  it('shows an announced contest to anonymous visitors, so that they can apply or register', async () => {
    const one = await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}` });
    expect([status(one), (one.json() as ContestView).nominations.length]).toEqual([200, 4]);
    const open = await testApp.request({ method: 'GET', url: '/api/public/open-contests' });
    expect((open.json() as ContestView[]).map((c) => [c.id, c.phase])).toEqual([
      [contest.id, 'applications_open'],
    ]);
    const unknown = await testApp.request({
      method: 'GET',
      url: '/api/public/contests/00000000-0000-4000-8000-000000000000',
    });
    expect(status(unknown)).toBe(404);
  });

  it('refuses score sheets before judging with 409 naming the phase and the judging window', async () => {
    const r = await jurors['mild']({
      method: 'PUT',
      url: `/api/nominations/${n.jury}/applications/${app.anna}/score-sheet`,
      payload: sheet(9, 8, 8),
    });
    const { judgingStartAt, judgingEndAt } = contest;
    const params = { phase: 'applications_open', judgingStartAt, judgingEndAt };
    expect(refusalOf(r)).toEqual([409, 'contest.not_judging', params]);
  });

  it('registers journalists, who vote only once verified and only in the window', async () => {
    for (let i = 0; i < 11; i++) {
      const voterId = await registerVoter(testApp, contest.id, `journalist${i}`, {
        displayName: `Journalist ${i}`,
        workLink: `https://zhetysu.tv/news/${i}`,
      });
      if (i < 10) {
        const verified = await director({
          method: 'POST',
          url: `/api/contest-voters/${voterId}/verification`,
          payload: { status: 'verified' },
        });
        expect(status(verified)).toBe(201);
        journalists.push(await callerFor(testApp, `journalist${i}`));
      } else unverified = await callerFor(testApp, `journalist${i}`);
    }
    const early = await journalists[0]({
      method: 'POST',
      url: `/api/nominations/${n.vote}/votes`,
      payload: { applicationId: app.anna },
    });
    const { votingStartAt: opensAt, votingEndAt: closesAt } = contest;
    expect(refusalOf(early)).toEqual([409, 'vote.closed', { phase: 'applications_open', opensAt, closesAt }]);
  });

  it('keeps jurors and journalists out of the region’s internal data but shows them its contests', async () => {
    for (const caller of [jurors['mild'], journalists[0]]) {
      for (const url of ['/api/cycles', '/api/agencies', `/api/regions/${fx.region.id}/peer-groups`]) {
        expect((await caller({ method: 'GET', url })).statusCode).toBe(403);
      }
      expect((await caller({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
      const listed = await caller({ method: 'GET', url: '/api/contests' });
      expect((listed.json() as ContestView[]).map((c) => c.id)).toEqual([contest.id]);
      expect((await caller({ method: 'GET', url: `/api/contests/${contest.id}` })).statusCode).toBe(200);
    }
  });

  it('refuses an application after the deadline with 409 naming the phase and dates', async () => {
    await moveContest(testApp, contest.id, 'judging');
    contest = (await director({ method: 'GET', url: `/api/contests/${contest.id}` })).json();
    const r = await editor({
      method: 'POST',
      url: `/api/contests/${contest.id}/applications`,
      payload: {
        candidateName: 'Late Comer',
        candidatePosition: 'Press secretary',
        candidateOrganisation: 'Agency A',
        filedBy: 'candidate',
        nominationIds: [n.jury],
        projectTitle: 'Late',
        description: 'Arrived after the deadline.',
        personalDataConsent: true,
      },
    });
    const { applicationsOpenAt: opensAt, applicationsCloseAt: closesAt } = contest;
    const params = { phase: 'judging', opensAt, closesAt };
    expect(refusalOf(r)).toEqual([409, 'contest.applications_closed', params]);
  });

  it('gives 403 to an unverified journalist’s vote, naming their registration’s status', async () => {
    const r = await unverified({
      method: 'POST',
      url: `/api/nominations/${n.vote}/votes`,
      payload: { applicationId: app.anna },
    });
    expect(refusalOf(r)).toEqual([403, 'vote.not_verified', { status: 'pending' }]);
  });

  it('counts exactly one of 50 simultaneous votes from one voter in one nomination', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        journalists[0]({
          method: 'POST',
          url: `/api/nominations/${n.vote}/votes`,
          payload: { applicationId: app.anna },
        }),
      ),
    );
    const answers = responses.map((r) => `${status(r)} ${status(r) === 201 ? '' : refusalOf(r)[1]}`);
    expect(answers.sort()).toEqual(['201 ', ...Array<string>(49).fill('409 vote.already_cast')]);
  });

  it('keeps a juror from their own organisation’s candidate and from a declared conflict', async () => {
    const tasks = async (login: string) =>
      (
        (
          await jurors[login]({ method: 'GET', url: `/api/contests/${contest.id}/my-score-sheets` })
        ).json() as JurorTask[]
      ).map((t) => t.application.candidateName);
    expect(await tasks('colleague')).toEqual(['Anna Petrova']);
    const declared = await jurors['declarer']({
      method: 'POST',
      url: `/api/contest-applications/${app.anna}/conflicts`,
      payload: { reason: 'Anna is my sister' },
    });
    expect(status(declared)).toBe(204);
    expect(await tasks('declarer')).toEqual(['Boris Ivanov']);
    const refused = await jurors['colleague']({
      method: 'PUT',
      url: `/api/nominations/${n.combined}/applications/${app.boris}/score-sheet`,
      payload: { scores: { quality: 10 } },
    });
    expect(refusalOf(refused)).toEqual([404, 'record.not_found', { record: 'application' }]);
  });

  it('takes score sheets in judging, refusing a score above 10 by field', async () => {
    const put = (login: string, nominationId: string, applicationId: string, body: object) =>
      jurors[login]({
        method: 'PUT',
        url: `/api/nominations/${nominationId}/applications/${applicationId}/score-sheet`,
        payload: body,
      });
    const bad = await put('mild', n.jury, app.anna, sheet(11, 8, 8));
    const params = { criterion: 'quality', criterionName: 'Content quality', min: 0, max: 10 };
    expect(fieldProblemsOf(bad)).toEqual([{ field: 'scores.quality', code: 'score.out_of_range', params }]);
    for (const nominationId of [n.jury, n.normalised]) {
      expect(status(await put('mild', nominationId, app.anna, sheet(9, 8, 8)))).toBe(200);
      expect(status(await put('mild', nominationId, app.boris, sheet(6, 5, 5)))).toBe(200);
      expect(status(await put('harsh', nominationId, app.boris, sheet(5, 4, 4)))).toBe(200);
      expect(status(await put('harsh', nominationId, app.dana, sheet(2, 1, 1)))).toBe(200);
    }
    expect(status(await put('colleague', n.combined, app.anna, { scores: { quality: 8 } }))).toBe(200);
    expect(status(await put('declarer', n.combined, app.boris, { scores: { quality: 6 } }))).toBe(200);
  });

  it('shows organisers who has scored what, and no scores', async () => {
    const r = await director({ method: 'GET', url: `/api/contests/${contest.id}/jury-progress` });
    const rows = (r.json() as JuryProgressRow[]).filter((p) => p.nominationId === n.combined);
    expect(rows.map((p) => [p.name, p.assigned, p.scored, p.excluded])).toEqual([
      ['colleague', 1, 1, 1],
      ['declarer', 1, 1, 1],
    ]);
    expect(r.body).not.toContain('quality');
  });

  it('takes the votes in the window: 2 for Anna and 8 for Boris in N3, 5 each in N4; a vote is final', async () => {
    for (const [i, voter] of journalists.entries()) {
      const combined = await voter({
        method: 'POST',
        url: `/api/nominations/${n.combined}/votes`,
        payload: { applicationId: i < 2 ? app.anna : app.boris },
      });
      expect(status(combined)).toBe(201);
      if (i === 0) continue;
      const vote = await voter({
        method: 'POST',
        url: `/api/nominations/${n.vote}/votes`,
        payload: { applicationId: i < 5 ? app.anna : app.boris },
      });
      expect(status(vote)).toBe(201);
    }
    const again = await journalists[1]({
      method: 'POST',
      url: `/api/nominations/${n.vote}/votes`,
      payload: { applicationId: app.boris },
    });
    const params = { nominationId: n.vote, nomination: 'Audience award' };
    expect(refusalOf(again)).toEqual([409, 'vote.already_cast', params]);
  });

  it('shows a journalist their ballot with their votes and no counts, and refuses a juror', async () => {
    const r = await journalists[1]({ method: 'GET', url: `/api/contests/${contest.id}/ballot` });
    const ballot = r.json() as ContestBallot;
    expect([status(r), ballot.voter?.status]).toEqual([200, 'verified']);
    expect(
      ballot.nominations.map((b) => [b.nomination.id, b.candidates.map((c) => c.candidateName), b.votedFor]),
    ).toEqual([
      [n.combined, ['Anna Petrova', 'Boris Ivanov'], app.anna],
      [n.vote, ['Anna Petrova', 'Boris Ivanov', 'anna  petrova'], app.anna],
    ]);
    expect(r.body).not.toMatch(/votes"|score/);
    const juror = await jurors['mild']({ method: 'GET', url: `/api/contests/${contest.id}/ballot` });
    expect(status(juror)).toBe(403);
  });

  it('hides results before publication and refuses to publish before judging and voting end', async () => {
    const hidden = await testApp.request({
      method: 'GET',
      url: `/api/public/contests/${contest.id}/results`,
    });
    const { judgingEndAt, votingEndAt } = contest;
    const hiddenParams = { phase: 'judging', judgingEndAt };
    expect(refusalOf(hidden)).toEqual([409, 'contest.results_not_published', hiddenParams]);
    const early = await director({ method: 'POST', url: `/api/contests/${contest.id}/results/publish` });
    const params = { phase: 'judging', readyAt: votingEndAt, judgingEndAt, votingEndAt };
    expect(refusalOf(early)).toEqual([409, 'contest.results_not_ready', params]);
    const listed = await testApp.request({ method: 'GET', url: '/api/public/contests' });
    expect((listed.json() as ContestView[]).map((c) => c.id)).not.toContain(contest.id);
  });

  describe('published results', () => {
    let results: ContestResults;
    const rows = (nominationId: string) =>
      results.nominations
        .find((x) => x.nomination.id === nominationId)
        ?.rows.map((r) => [r.candidateName, r.juryScore, r.votes, r.score, r.rank, r.winner]);

    beforeAll(async () => {
      await moveContest(testApp, contest.id, 'over');
      expect(
        status(await director({ method: 'POST', url: `/api/contests/${contest.id}/results/publish` })),
      ).toBe(201);
      results = (
        await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}/results` })
      ).json();
    });

    it('averages weighted totals over jurors: Anna 8.5, Boris (5.5 + 4.5) / 2 = 5, Dana 1.5', () => {
      expect(rows(n.jury)).toEqual([
        ['Anna Petrova', 8.5, 0, 8.5, 1, true],
        ['Boris Ivanov', 5, 0, 5, 2, false],
        ['Dana Seitova', 1.5, 0, 1.5, 3, false],
      ]);
    });

    it('normalises the mild and the harsh juror to the pooled mean 5 ± 2.5: 7.5, 5, 2.5', () => {
      expect(rows(n.normalised)).toEqual([
        ['Anna Petrova', 7.5, 0, 7.5, 1, true],
        ['Boris Ivanov', 5, 0, 5, 2, false],
        ['Dana Seitova', 2.5, 0, 2.5, 3, false],
      ]);
    });

    it('combines 70 % jury and 30 % votes: Boris 0.7 × 75 + 0.3 × 100 = 82.5 beats Anna 70 + 0.3 × 25 = 77.5', () => {
      expect(rows(n.combined)).toEqual([
        ['Boris Ivanov', 6, 8, 82.5, 1, true],
        ['Anna Petrova', 8, 2, 77.5, 2, false],
      ]);
    });

    it('breaks a 5 : 5 vote tie by the earlier application, the tie-break the nomination names', () => {
      expect(rows(n.vote)?.slice(0, 2)).toEqual([
        ['Anna Petrova', null, 5, 5, 1, true],
        ['Boris Ivanov', null, 5, 5, 2, false],
      ]);
    });

    it('highlights Anna, who won three nominations, and counts 4 applications from 3 people', () => {
      expect(results.multipleWinners).toEqual([
        { candidateName: 'Anna Petrova', candidateOrganisation: 'Agency A', wins: 3 },
      ]);
      expect(results.statistics).toMatchObject({
        applications: 4,
        participants: 3,
        previousYearParticipants: null,
      });
    });

    it('lists the contest publicly once published', async () => {
      const listed = await testApp.request({ method: 'GET', url: '/api/public/contests' });
      expect((listed.json() as ContestView[]).map((c) => [c.id, c.phase])).toEqual([
        [contest.id, 'results_published'],
      ]);
      const open = await testApp.request({ method: 'GET', url: '/api/public/open-contests' });
      expect(open.json()).toEqual([]);
    });
  });
});
