import type {
  ApplicationView,
  ContestView,
  JurorTask,
  JuryProgressRow,
  LiveCounts,
} from '@prgauge/contracts';
import {
  announceContest,
  insertAccount,
  moveContest,
  refusalOf,
  registerVoter,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

/** Live vote counts follow the organisers' switch; a juror taken off a nomination no longer scores there. */
describe('live counts and jury changes', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let juror: Caller;
  let jurorId: string;
  let contest: ContestView;
  let nominationId: string;
  const applications: string[] = [];

  const liveCounts = () =>
    testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}/live-counts` });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { en: 'Best press service' },
      series: 'best-press-service',
    });
    nominationId = (
      await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: {
          name: { en: 'Press service of the year' },
          scoringMode: 'combined',
          juryShare: 0.7,
          criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
        },
      })
    ).json().id;
    for (const name of ['Ali Ahmadi', 'Narges Kazemi']) {
      const filed = await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/applications`,
        payload: {
          candidateName: name,
          candidatePosition: 'Head of press service',
          candidateOrganisation: `${name}'s agency`,
          filedBy: 'organisation',
          nominationIds: [nominationId],
          projectTitle: 'A year of open work',
          description: 'Answers to journalists within the hour.',
          personalDataConsent: true,
        },
      });
      const id = (filed.json() as ApplicationView).id;
      applications.push(id);
      await director({
        method: 'POST',
        url: `/api/contest-applications/${id}/screening`,
        payload: { status: 'accepted' },
      });
    }
    jurorId = (await insertAccount(testApp, 'juror', 'juror', fx.region.id)).id;
    await director({
      method: 'POST',
      url: `/api/nominations/${nominationId}/jurors`,
      payload: { userId: jurorId, organisation: 'University' },
    });
    juror = await callerFor(testApp, 'juror');
    for (const login of ['reporter1', 'reporter2', 'reporter3']) {
      const registered = await registerVoter(testApp, contest.id, login, { outlet: 'Radio' });
      await director({
        method: 'POST',
        url: `/api/contest-voters/${registered}/verification`,
        payload: { status: 'verified' },
      });
    }
    await moveContest(testApp, contest.id, 'judging');
    for (const [i, login] of ['reporter1', 'reporter2', 'reporter3'].entries()) {
      const voter = await callerFor(testApp, login);
      const vote = await voter({
        method: 'POST',
        url: `/api/nominations/${nominationId}/votes`,
        payload: { applicationId: applications[i === 0 ? 0 : 1] },
      });
      expect(vote.statusCode).toBe(201);
    }
  }, 120_000);
  afterAll(() => testApp.close());

  it('hides the running counts while the organisers keep live counts off', async () => {
    expect(refusalOf(await liveCounts())).toEqual([409, 'contest.live_counts_hidden', { phase: 'judging' }]);
  });

  it('shows anyone the running counts once the organisers turn them on', async () => {
    const current = (
      await director({ method: 'GET', url: `/api/contests/${contest.id}` })
    ).json() as ContestView;
    const on = await director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: current.version, liveCounts: true },
    });
    expect(on.statusCode).toBe(200);
    const r = await liveCounts();
    expect(r.statusCode).toBe(200);
    expect((r.json() as LiveCounts).nominations).toEqual([
      {
        nominationId,
        counts: [
          expect.objectContaining({ candidateName: 'Narges Kazemi', votes: 2 }),
          expect.objectContaining({ candidateName: 'Ali Ahmadi', votes: 1 }),
        ],
      },
    ]);
  });

  it('refuses to take a juror off for another region’s director or an agency editor', async () => {
    const url = `/api/nominations/${nominationId}/jurors/${jurorId}`;
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    expect(refusalOf(await south({ method: 'DELETE', url }))).toEqual([
      404,
      'record.not_found',
      { record: 'nomination' },
    ]);
    const editor = await callerFor(testApp, fx.logins.editorA);
    expect((await editor({ method: 'DELETE', url })).statusCode).toBe(403);
  });

  it('takes a juror off a nomination: they no longer see its sheets and progress no longer lists them', async () => {
    const tasks = async () =>
      (
        (
          await juror({ method: 'GET', url: `/api/contests/${contest.id}/my-score-sheets` })
        ).json() as JurorTask[]
      ).length;
    expect(await tasks()).toBe(2);
    const r = await director({ method: 'DELETE', url: `/api/nominations/${nominationId}/jurors/${jurorId}` });
    expect(r.statusCode).toBe(204);
    expect(await tasks()).toBe(0);
    const progress = (
      await director({ method: 'GET', url: `/api/contests/${contest.id}/jury-progress` })
    ).json() as JuryProgressRow[];
    expect(progress).toEqual([]);
    const again = await director({
      method: 'DELETE',
      url: `/api/nominations/${nominationId}/jurors/${jurorId}`,
    });
    expect(refusalOf(again)).toEqual([404, 'record.not_found', { record: 'juror' }]);
  });
});
