import type { ApplicationView, ContestResults, ContestView, NominationView } from '@prgauge/contracts';
import {
  contestDates,
  fieldProblemsOf,
  insertAccount,
  moveContest,
  refusalOf,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

/*
 * Kaluga's commission scored "content quality, page rating and subscriber counts". Nomination "Pages" has
 * two jury criteria and one measured criterion, weighted 0.3 / 0.3 / 0.2 (they add up to 0.8, so the shares
 * really used are 37.5 % / 37.5 % / 25 %). Two jurors give each application the same scores on both jury
 * criteria, so its jury score is that score:
 *
 *   application  jury  subscribers stated  verified  min-max on 0..10 (goalposts 1,000 and 9,000)
 *   Anna          9     1,200               1,000     0
 *   Boris         8     5,000               5,000     5     = 10 × (5,000 − 1,000) / 8,000
 *   Dana          7     9,000               9,000     10
 *   Erlan         6     20,000              (none)    0     unverified counts as 0, not a goalpost
 *
 *   score = (0.6 × jury + 0.2 × subscribers) / 0.8 = 0.75 × jury + 0.25 × subscribers
 *   Anna 6.75, Boris 6 + 1.25 = 7.25, Dana 5.25 + 2.5 = 7.75, Erlan 4.5
 *
 * The jury alone ranks Anna, Boris, Dana, Erlan; with subscribers it is Dana, Boris, Anna, Erlan.
 * Once Erlan's 3,000 is verified: 10 × 2,000 / 8,000 = 2.5, so Erlan 4.5 + 0.625 = 5.125, still fourth.
 *
 * Nomination "Accounts" ranks posts by rank: quality weight 1, posts weight 1, one juror.
 *
 *   application  quality  posts  rank from the lowest  on 0..10 = 10 (r − 1) / 2  score = (q + posts) / 2
 *   Anna          8        300    1                     0                         4
 *   Boris         6        310    2                     5                         5.5
 *   Dana          7        5,000  3                     10                        8.5
 *
 * Min-max would give Boris only 10 × 10 / 4,700 ≈ 0.02 and put him below Anna; rank puts him above.
 */
describe('criteria measured from applications', () => {
  let testApp: TestApp;
  let director: Caller;
  let contest: ContestView;
  const n = { pages: '', accounts: '' };
  const app = { anna: '', boris: '', dana: '', erlan: '' };
  const jurors: Caller[] = [];

  const subscribers = {
    key: 'subscribers',
    name: { en: 'Subscribers' },
    weight: 0.2,
    kind: 'measured',
    unit: { en: 'subscribers', ru: 'подписчиков' },
    normalisation: 'min_max',
  };

  const apply = (name: string, nominationIds: string[], measures: object[]) =>
    director({
      method: 'POST',
      url: `/api/contests/${contest.id}/applications`,
      payload: {
        candidateName: name,
        candidatePosition: 'SMM specialist',
        candidateOrganisation: `${name} Agency`,
        filedBy: 'organisation',
        nominationIds,
        projectTitle: `${name}'s pages`,
        description: 'A year of daily posts and answers to every comment.',
        personalDataConsent: true,
        measures,
      },
    });

  const measuresOf = async (id: string) => {
    const r = await director({ method: 'GET', url: `/api/contests/${contest.id}/applications?limit=50` });
    return (r.json() as { items: ApplicationView[] }).items.find((a) => a.id === id)?.measures ?? [];
  };

  const verify = async (id: string, nominationId: string, criterionKey: string, verified: number | null) => {
    const held = (await measuresOf(id)).find(
      (m) => m.nominationId === nominationId && m.criterionKey === criterionKey,
    );
    return director({
      method: 'PUT',
      url: `/api/contest-applications/${id}/measures`,
      payload: { nominationId, criterionKey, verified, version: held?.version ?? 0 },
    });
  };

  const previewOf = async (nominationId: string) => {
    const r = await director({ method: 'GET', url: `/api/contests/${contest.id}/results/preview` });
    expect(r.statusCode).toBe(200);
    const nomination = (r.json() as ContestResults).nominations.find((x) => x.nomination.id === nominationId);
    const name = (id: string) => Object.entries(app).find(([, v]) => v === id)?.[0];
    return (nomination?.rows ?? []).map((row) => [name(row.applicationId), row.juryScore, row.rank]);
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const created = await director({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { en: 'Best social-media specialist' },
        organiser: { en: 'Regional PR directorate' },
        year: 2026,
        series: 'best-smm',
        status: 'announced',
        ...contestDates('applications'),
      },
    });
    contest = created.json();
    const nominate = async (payload: object) => {
      const r = await director({ method: 'POST', url: `/api/contests/${contest.id}/nominations`, payload });
      expect(r.statusCode).toBe(201);
      return r.json() as NominationView;
    };
    n.pages = (
      await nominate({
        name: { en: 'Pages' },
        scoringMode: 'jury',
        criteria: [
          { key: 'quality', name: { en: 'Content quality' }, weight: 0.3 },
          { key: 'rating', name: { en: 'Page rating' }, weight: 0.3 },
          subscribers,
        ],
      })
    ).id;
    n.accounts = (
      await nominate({
        name: { en: 'Accounts' },
        scoringMode: 'jury',
        criteria: [
          { key: 'quality', name: { en: 'Content quality' }, weight: 1 },
          { ...subscribers, key: 'posts', name: { en: 'Posts' }, weight: 1, normalisation: 'rank' },
        ],
      })
    ).id;
    for (const [i, login] of ['juror-one', 'juror-two'].entries()) {
      const account = await insertAccount(testApp, login, 'juror', fx.region.id);
      for (const nominationId of i === 0 ? [n.pages, n.accounts] : [n.pages])
        await director({
          method: 'POST',
          url: `/api/nominations/${nominationId}/jurors`,
          payload: { userId: account.id, organisation: `Newsroom ${i}` },
        });
      jurors.push(await callerFor(testApp, login));
    }
  }, 120_000);
  afterAll(() => testApp.close());

  it('refuses a measured criterion without its unit and normalisation', async () => {
    const r = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: {
        name: { en: 'Broken' },
        scoringMode: 'jury',
        criteria: [{ key: 'posts', name: { en: 'Posts' }, weight: 1, kind: 'measured' }],
      },
    });
    expect([r.statusCode, fieldProblemsOf(r)]).toEqual([
      400,
      [{ field: 'criteria.0', code: 'criterion.measure_incomplete', params: { criterion: 'posts' } }],
    ]);
  });

  it('asks each applicant for the measured criteria of the nominations entered', async () => {
    const missing = await apply('Zhanna', [n.pages], []);
    expect(fieldProblemsOf(missing)).toEqual([
      {
        field: 'measures',
        code: 'application.measure_missing',
        params: { nominationId: n.pages, criterion: 'subscribers', criterionName: 'Subscribers' },
      },
    ]);
    const wrong = await apply(
      'Zhanna',
      [n.pages],
      [
        { nominationId: n.pages, criterionKey: 'subscribers', value: -5 },
        { nominationId: n.accounts, criterionKey: 'posts', value: 10 },
      ],
    );
    expect(fieldProblemsOf(wrong).map((p) => [p.field, p.code])).toEqual([
      ['measures.0.value', 'measure.out_of_range'],
      ['measures.1.criterionKey', 'application.measure_not_asked'],
    ]);
  });

  it('files the stated values, unverified, and lets the organiser verify them', async () => {
    const stated = { anna: [1200, 300], boris: [5000, 310], dana: [9000, 5000], erlan: [20000, 0] };
    for (const [key, [subs, posts]] of Object.entries(stated) as [keyof typeof app, number[]][]) {
      const nominations = key === 'erlan' ? [n.pages] : [n.pages, n.accounts];
      const measures = [{ nominationId: n.pages, criterionKey: 'subscribers', value: subs }];
      if (key !== 'erlan') measures.push({ nominationId: n.accounts, criterionKey: 'posts', value: posts });
      const r = await apply(key, nominations, measures);
      expect(r.statusCode).toBe(201);
      app[key] = (r.json() as ApplicationView).id;
      const screened = await director({
        method: 'POST',
        url: `/api/contest-applications/${app[key]}/screening`,
        payload: { status: 'accepted' },
      });
      expect(screened.statusCode).toBe(201);
    }
    const filed = await measuresOf(app.anna);
    expect(filed).toHaveLength(2);
    expect(filed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          nominationId: n.pages,
          criterionKey: 'subscribers',
          stated: 1200,
          verified: null,
        }),
        expect.objectContaining({
          nominationId: n.accounts,
          criterionKey: 'posts',
          stated: 300,
          verified: null,
        }),
      ]),
    );
    for (const [key, value] of [
      ['anna', 1000],
      ['boris', 5000],
      ['dana', 9000],
    ] as const)
      expect((await verify(app[key], n.pages, 'subscribers', value)).statusCode).toBe(200);
    for (const [key, value] of [
      ['anna', 300],
      ['boris', 310],
      ['dana', 5000],
    ] as const)
      expect((await verify(app[key], n.accounts, 'posts', value)).statusCode).toBe(200);
    const held = (await measuresOf(app.anna)).find((m) => m.criterionKey === 'subscribers');
    expect([held?.stated, held?.verified]).toEqual([1200, 1000]);
  });

  it('refuses a stale verification with 409, and a criterion the application was not asked', async () => {
    const stale = await director({
      method: 'PUT',
      url: `/api/contest-applications/${app.anna}/measures`,
      payload: { nominationId: n.pages, criterionKey: 'subscribers', verified: 1100, version: 1 },
    });
    expect(refusalOf(stale)[0]).toBe(409);
    const notAsked = await verify(app.erlan, n.accounts, 'posts', 5);
    expect([notAsked.statusCode, fieldProblemsOf(notAsked).map((p) => p.code)]).toEqual([
      400,
      ['application.measure_not_asked'],
    ]);
  });

  it('has jurors score only the jury criteria', async () => {
    await moveContest(testApp, contest.id, 'judging');
    const sheet = (juror: Caller, nominationId: string, id: string, scores: Record<string, number>) =>
      juror({
        method: 'PUT',
        url: `/api/nominations/${nominationId}/applications/${id}/score-sheet`,
        payload: { scores },
      });
    const measuredScored = await sheet(jurors[0], n.pages, app.anna, {
      quality: 9,
      rating: 9,
      subscribers: 10,
    });
    expect(fieldProblemsOf(measuredScored).map((p) => p.code)).toEqual(['score.unknown_criterion']);
    const jury = { anna: 9, boris: 8, dana: 7, erlan: 6 };
    for (const juror of jurors)
      for (const [key, score] of Object.entries(jury) as [keyof typeof app, number][])
        expect((await sheet(juror, n.pages, app[key], { quality: score, rating: score })).statusCode).toBe(
          200,
        );
    for (const [key, score] of [
      ['anna', 8],
      ['boris', 6],
      ['dana', 7],
    ] as const)
      expect((await sheet(jurors[0], n.accounts, app[key], { quality: score })).statusCode).toBe(200);
  });

  it('weights verified subscribers (min-max) with the jury, an unverified value counting as 0', async () => {
    expect(await previewOf(n.pages)).toEqual([
      ['dana', 7.75, 1],
      ['boris', 7.25, 2],
      ['anna', 6.75, 3],
      ['erlan', 4.5, 4],
    ]);
    const r = await director({ method: 'GET', url: `/api/contests/${contest.id}/results/preview` });
    const rows =
      (r.json() as ContestResults).nominations.find((x) => x.nomination.id === n.pages)?.rows ?? [];
    expect(rows.map((row) => row.review?.unverified)).toEqual([[], [], [], ['subscribers']]);
  });

  it('counts a value once it is verified, the goalposts unchanged', async () => {
    expect((await verify(app.erlan, n.pages, 'subscribers', 3000)).statusCode).toBe(200);
    expect((await previewOf(n.pages))[3]).toEqual(['erlan', 5.125, 4]);
  });

  it('ranks posts by rank, so that a near-equal count lifts Boris above Anna', async () => {
    expect(await previewOf(n.accounts)).toEqual([
      ['dana', 8.5, 1],
      ['boris', 5.5, 2],
      ['anna', 4, 3],
    ]);
  });
});
