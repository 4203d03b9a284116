import type { ContestView, NominationView } from '@prgauge/contracts';
import {
  announceContest,
  contestDates,
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

const UNKNOWN = '00000000-0000-4000-8000-000000000001';
const REGISTRATION = {
  outlet: 'Zhetysu TV',
  mediaRole: 'reporter',
  workLink: 'https://zhetysu.tv/news/7',
  personalDataConsent: true,
};

/**
 * Each refusal of contests answers with its catalogue code and the facts it names, so that clients tell the
 * causes apart without reading English: one contest with a jury nomination "Pages" and a public vote
 * "Audience award", one accepted application in both, a juror and a verified journalist.
 */
describe('refusals of contests, by code', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let editor: Caller;
  let reporter: Caller;
  let contest: ContestView;
  const n = { jury: '', vote: '' };
  let applicationId: string;
  let jurorId: string;

  const contestNow = async () =>
    (await director({ method: 'GET', url: `/api/contests/${contest.id}` })).json() as ContestView;
  const vote = (caller: Caller, nominationId: string, id = applicationId) =>
    caller({ method: 'POST', url: `/api/nominations/${nominationId}/votes`, payload: { applicationId: id } });
  const register = (caller: Caller) =>
    caller({ method: 'POST', url: `/api/public/contests/${contest.id}/voters`, payload: REGISTRATION });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    editor = await callerFor(testApp, fx.logins.editorA);
    contest = await announceContest(director, { title: { en: 'Best press service' }, series: 'refusals' });
    for (const [key, payload] of [
      ['jury', { name: { ru: 'Страницы', en: 'Pages' }, criteria: CRITERIA, scoringMode: 'jury' }],
      ['vote', { name: { ru: 'Приз зрителей', en: 'Audience award' }, scoringMode: 'vote' }],
    ] as const) {
      const r = await director({ method: 'POST', url: `/api/contests/${contest.id}/nominations`, payload });
      n[key] = (r.json() as NominationView).id;
    }
    applicationId = await fileApplication(director, contest.id, 'Aigerim Sadykova', 'Akimat', [
      n.jury,
      n.vote,
    ]);
    await director({
      method: 'POST',
      url: `/api/contest-applications/${applicationId}/screening`,
      payload: { status: 'accepted' },
    });
    jurorId = (await insertAccount(testApp, 'refusal-juror', 'juror', fx.region.id)).id;
    await director({
      method: 'POST',
      url: `/api/nominations/${n.jury}/jurors`,
      payload: { userId: jurorId, organisation: 'University' },
    });
    const voterId = await registerVoter(testApp, contest.id, 'refusal-reporter');
    await director({
      method: 'POST',
      url: `/api/contest-voters/${voterId}/verification`,
      payload: { status: 'verified' },
    });
    reporter = await callerFor(testApp, 'refusal-reporter');
  }, 120_000);
  afterAll(() => testApp.close());

  it('names each date out of order in a new contest, and the date it must follow', async () => {
    const dates = contestDates('applications');
    const r = await director({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { en: 'Backwards' },
        organiser: { en: 'Regional PR directorate' },
        year: 2026,
        series: 'backwards',
        ...dates,
        applicationsCloseAt: dates.applicationsOpenAt,
        votingEndAt: undefined,
      },
    });
    expect([r.statusCode, refusalOf(r)[1], fieldProblemsOf(r)]).toEqual([
      400,
      'request.invalid',
      [
        {
          field: 'applicationsCloseAt',
          code: 'contest.date_must_follow',
          params: { other: 'applicationsOpenAt', otherAt: dates.applicationsOpenAt },
        },
        { field: 'votingEndAt', code: 'contest.pair_incomplete', params: { other: 'votingStartAt' } },
      ],
    ]);
  });

  it('lets an agency editor file only for their own agency', async () => {
    const r = await editor({
      method: 'POST',
      url: `/api/contests/${contest.id}/applications`,
      payload: {
        candidateName: 'Someone Else',
        candidatePosition: 'Press secretary',
        candidateOrganisation: 'Agency B',
        agencyId: fx.agencies.b.id,
        filedBy: 'organisation',
        nominationIds: [n.vote],
        projectTitle: 'Not ours',
        description: 'Filed for another agency.',
        personalDataConsent: true,
      },
    });
    expect(fieldProblemsOf(r)).toEqual([{ field: 'agencyId', code: 'contest.own_agency_only' }]);
  });

  it('answers another region’s screening exactly as an unknown application', async () => {
    const screen = (caller: Caller, id: string) =>
      caller({
        method: 'POST',
        url: `/api/contest-applications/${id}/screening`,
        payload: { status: 'rejected', reason: 'Out of scope' },
      });
    const missing = refusalOf(await screen(director, UNKNOWN));
    expect(missing).toEqual([404, 'record.not_found', { record: 'application' }]);
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    expect(refusalOf(await screen(south, applicationId))).toEqual(missing);
  });

  it('names who may not register to vote, and who has already', async () => {
    // The permissions map keeps officials' accounts from registering before the body is read.
    expect(refusalOf(await register(director))).toEqual([
      403,
      'auth.forbidden',
      { action: 'contest.voter.register' },
    ]);
    expect(refusalOf(await register(reporter))).toEqual([
      409,
      'voter.already_registered',
      { contestId: contest.id },
    ]);
  });

  it('tells apart a vote without registration, in a jury nomination, and for no candidate', async () => {
    await moveContest(testApp, contest.id, 'judging');
    await insertAccount(testApp, 'stray-reporter', 'journalist', fx.region.id);
    const stray = await callerFor(testApp, 'stray-reporter');
    expect(refusalOf(await vote(stray, n.vote))).toEqual([
      403,
      'vote.not_registered',
      { contestId: contest.id },
    ]);
    expect(refusalOf(await vote(reporter, n.jury))).toEqual([
      409,
      'vote.jury_only',
      { nominationId: n.jury, nomination: 'Pages' },
    ]);
    expect(fieldProblemsOf(await vote(reporter, n.vote, UNKNOWN))).toEqual([
      {
        field: 'applicationId',
        code: 'vote.not_a_candidate',
        params: { nominationId: n.vote, nomination: 'Audience award' },
      },
    ]);
  });

  it('names a juror account that cannot sit on the jury, and one that sits there already', async () => {
    const seat = (userId: string) =>
      director({
        method: 'POST',
        url: `/api/nominations/${n.jury}/jurors`,
        payload: { userId, organisation: 'University' },
      });
    const editorAccount = (await editor({ method: 'GET', url: '/api/auth/me' })).json() as { id: string };
    expect(fieldProblemsOf(await seat(editorAccount.id))).toEqual([
      { field: 'userId', code: 'jury.not_a_juror_account' },
    ]);
    expect(fieldProblemsOf(await seat(jurorId))).toEqual([
      {
        field: 'userId',
        code: 'jury.already_seated',
        params: { nominationId: n.jury, nomination: 'Pages' },
      },
    ]);
  });

  it('refuses every change once the results are published, naming when they were', async () => {
    await moveContest(testApp, contest.id, 'over');
    const publish = () => director({ method: 'POST', url: `/api/contests/${contest.id}/results/publish` });
    expect((await publish()).statusCode).toBe(201);
    const now = await contestNow();
    const published = [
      409,
      'contest.results_published',
      { phase: 'results_published', publishedAt: now.resultsPublishedAt },
    ];
    expect(refusalOf(await publish())).toEqual(published);
    const patch = await director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: now.version, organiser: { en: 'Too late' } },
    });
    expect(refusalOf(patch)).toEqual(published);
    const unseat = await director({ method: 'DELETE', url: `/api/nominations/${n.jury}/jurors/${jurorId}` });
    expect(refusalOf(unseat)).toEqual(published);
    const late = await insertAccount(testApp, 'late-reporter', 'journalist', fx.region.id);
    expect(refusalOf(await register(await callerFor(testApp, late.login)))).toEqual([
      409,
      'voter.registration_closed',
      { phase: 'results_published', votingEndAt: now.votingEndAt },
    ]);
  });
});
