import type { ContestResults, ContestView, NominationView, ResultRow } from '@prgauge/contracts';
import {
  contestDates,
  fileApplication,
  insertAccount,
  moveContest,
  refusalOf,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

/*
 * Nomination "Comments", jury criteria quality / rating / originality weighted 0.3 / 0.3 / 0.2; a juror's
 * total is the weighted mean, (0.3 q + 0.3 r + 0.2 o) / 0.8, on the 0..10 scale.
 *
 *   application  juror one  total  juror two  total                           spread  threshold 3  threshold 2.5
 *   Anna         8, 8, 8    8      5, 5, 5    5                               3       on the edge  flagged
 *   Boris        9, 9, 9    9      5, 5, 7    (1.5 + 1.5 + 1.4) / 0.8 = 5.5   3.5     flagged      flagged
 *   Dana         7, 7, 7    7      (no sheet)                                 none    -            -
 */
describe('juror disagreement on the results preview', () => {
  let testApp: TestApp;
  let director: Caller;
  let contest: ContestView;
  let nomination: NominationView;
  const app = { anna: '', boris: '', dana: '' };
  const jurors: Caller[] = [];

  const preview = async (): Promise<ResultRow[]> => {
    const r = await director({ method: 'GET', url: `/api/contests/${contest.id}/results/preview` });
    expect(r.statusCode).toBe(200);
    return (r.json() as ContestResults).nominations[0].rows;
  };
  const nameOf = (id: string) => Object.entries(app).find(([, v]) => v === id)?.[0];
  const flags = (rows: ResultRow[]) =>
    rows.map((row) => [nameOf(row.applicationId), row.review?.spread, row.review?.disagreement]);

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = (
      await director({
        method: 'POST',
        url: '/api/contests',
        payload: {
          title: { en: 'Press secretary of the year' },
          organiser: { en: 'Regional PR directorate' },
          year: 2026,
          series: 'press-secretary',
          status: 'announced',
          ...contestDates('applications'),
        },
      })
    ).json();
    nomination = (
      await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: {
          name: { en: 'Comments' },
          scoringMode: 'jury',
          criteria: [
            { key: 'quality', name: { en: 'Quality' }, weight: 0.3 },
            { key: 'rating', name: { en: 'Rating' }, weight: 0.3 },
            { key: 'originality', name: { en: 'Originality' }, weight: 0.2 },
          ],
        },
      })
    ).json();
    for (const name of Object.keys(app) as (keyof typeof app)[]) {
      app[name] = await fileApplication(director, contest.id, name, `${name} office`, [nomination.id]);
      await director({
        method: 'POST',
        url: `/api/contest-applications/${app[name]}/screening`,
        payload: { status: 'accepted' },
      });
    }
    for (const [i, login] of ['juror-one', 'juror-two'].entries()) {
      const account = await insertAccount(testApp, login, 'juror', fx.region.id);
      await director({
        method: 'POST',
        url: `/api/nominations/${nomination.id}/jurors`,
        payload: { userId: account.id, organisation: `Newsroom ${i}` },
      });
      jurors.push(await callerFor(testApp, login));
    }
    await moveContest(testApp, contest.id, 'judging');
    const sheets: [number, keyof typeof app, [number, number, number]][] = [
      [0, 'anna', [8, 8, 8]],
      [1, 'anna', [5, 5, 5]],
      [0, 'boris', [9, 9, 9]],
      [1, 'boris', [5, 5, 7]],
      [0, 'dana', [7, 7, 7]],
    ];
    for (const [juror, name, [quality, rating, originality]] of sheets) {
      const r = await jurors[juror]({
        method: 'PUT',
        url: `/api/nominations/${nomination.id}/applications/${app[name]}/score-sheet`,
        payload: { scores: { quality, rating, originality } },
      });
      expect(r.statusCode).toBe(200);
    }
  }, 120_000);
  afterAll(() => testApp.close());

  it('sets a threshold of 3 points unless the organiser names another', () => {
    expect(nomination.disagreementThreshold).toBe(3);
  });

  it('flags a spread above the threshold, not one on it, and shows the organiser each juror’s total', async () => {
    const rows = await preview();
    expect(flags(rows)).toEqual([
      ['boris', 3.5, true],
      ['dana', null, false],
      ['anna', 3, false],
    ]);
    expect(rows[0].review?.jurorTotals.map((t) => [t.name, t.total])).toEqual([
      ['juror-one', 9],
      ['juror-two', 5.5],
    ]);
  });

  it('lets the organiser lower the threshold while judging, but nothing that changes scores', async () => {
    const patch = (payload: object) =>
      director({ method: 'PATCH', url: `/api/nominations/${nomination.id}`, payload });
    const places = await patch({ version: nomination.version, places: 2 });
    expect(refusalOf(places).slice(0, 2)).toEqual([409, 'contest.nominations_locked']);
    const lowered = await patch({ version: nomination.version, disagreementThreshold: 2.5 });
    expect([lowered.statusCode, (lowered.json() as NominationView).disagreementThreshold]).toEqual([
      200, 2.5,
    ]);
    expect(flags(await preview())).toEqual([
      ['boris', 3.5, true],
      ['dana', null, false],
      ['anna', 3, true],
    ]);
  });

  it('never publishes the jurors’ totals or the flags', async () => {
    await moveContest(testApp, contest.id, 'over');
    const published = await director({ method: 'POST', url: `/api/contests/${contest.id}/results/publish` });
    expect(published.statusCode).toBe(201);
    const r = await testApp.request({ method: 'GET', url: `/api/public/contests/${contest.id}/results` });
    const rows = (r.json() as ContestResults).nominations[0].rows;
    // Jury scores, the means of the totals above: Boris (9 + 5.5) / 2, Dana 7, Anna (8 + 5) / 2.
    expect(rows.map((row) => [nameOf(row.applicationId), row.juryScore])).toEqual([
      ['boris', 7.25],
      ['dana', 7],
      ['anna', 6.5],
    ]);
    expect(r.body).not.toContain('jurorTotals');
    expect(published.body).not.toContain('jurorTotals');
  });
});
