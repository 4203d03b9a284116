import type {
  FrameworkDocument,
  RankingResponse,
  ScorecardResponse,
  SubmissionView,
  TrainingLeafRecords,
} from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { insertCycle, insertSubmission, SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { insertEvent, insertRows } from '../../../test/support/training-fixtures';

/** The small framework plus a training index whose one leaf counts news-writing and media-law person-hours. */
const FRAMEWORK: FrameworkDocument = {
  ...SMALL_FRAMEWORK,
  indicators: [
    ...SMALL_FRAMEWORK.indicators,
    {
      key: 'training',
      name: { ru: 'Обучение', en: 'Training' },
      weight: 20,
      children: [
        {
          key: 'training.personHours',
          name: { ru: 'Человеко-часы обучения', en: 'Training person-hours' },
          weight: 1,
          measure: { type: 'number' },
          source: 'computed',
          evidenceRequired: false,
          rule: { training: { topics: ['news_writing', 'media_law'] } },
        },
      ],
    },
  ],
};

/**
 * Agency A's PR staff: 8 h and a partial 4 h of news writing in the period. Not counted: A's journalist,
 * B's absent PR officer, A's social-media hours (another topic) and A's media-law hours of December 2025
 * (before the period). B's PR staff: 5 h of media law. So A = 12, B = 5, C = 0.
 */
describe('training person-hours in the evaluation', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let cycleId: string;
  let partialRowId: string;
  let newsEventId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      framework: FRAMEWORK,
    });
    cycleId = cycle.id;
    // C's submission was returned: its register rows alone must not give it a published score.
    for (const [agency, status] of [
      [fx.agencies.a, 'approved'],
      [fx.agencies.b, 'approved'],
      [fx.agencies.c, 'returned'],
    ] as const)
      await insertSubmission(testApp, cycle.id, agency.id, status, {
        'media.releases': 10,
        'media.quality': 3,
        'web.answered': 50,
      });
    const event = (topic: string, startDate: string, plannedHours: number) =>
      insertEvent(testApp, { regionId: fx.region.id, topic, startDate, plannedHours });
    const news = await event('news_writing', '2026-04-01', 8);
    newsEventId = news.id;
    const [, partial] = await insertRows(testApp, news.id, [
      { name: 'A-1', agencyId: fx.agencies.a.id, hours: 8 },
      { name: 'A-2', agencyId: fx.agencies.a.id, hours: 4 },
      { name: 'A-press', agencyId: fx.agencies.a.id, audience: 'journalists_media', hours: 8 },
      { name: 'B-absent', agencyId: fx.agencies.b.id, attended: false, hours: 8 },
    ]);
    partialRowId = partial.id;
    await insertRows(testApp, (await event('social_media', '2026-05-01', 6)).id, [
      { name: 'A-1', agencyId: fx.agencies.a.id, hours: 6 },
    ]);
    await insertRows(testApp, (await event('media_law', '2025-12-20', 8)).id, [
      { name: 'A-1', agencyId: fx.agencies.a.id, hours: 8 },
    ]);
    await insertRows(testApp, (await event('media_law', '2026-06-01', 5)).id, [
      { name: 'B-1', agencyId: fx.agencies.b.id, hours: 5 },
    ]);
  });
  afterAll(() => testApp.close());

  const trainingValue = async (agencyId: string) => {
    const response = await director({ method: 'GET', url: `/api/cycles/${cycleId}/scorecards/${agencyId}` });
    expect(response.statusCode).toBe(200);
    const card = response.json() as ScorecardResponse;
    return card.values.find((v) => v.indicator === 'training.personHours')?.value;
  };

  it('fills the computed leaf in the live preview from the registers', async () => {
    expect([
      await trainingValue(fx.agencies.a.id),
      await trainingValue(fx.agencies.b.id),
      await trainingValue(fx.agencies.c.id),
    ]).toEqual([12, 5, 0]);
  });

  it('shows the agency the computed value in its own submission, as scoring will read it', async () => {
    const editor = await callerFor(testApp, fx.logins.editorA);
    const response = await editor({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` });
    expect(response.statusCode).toBe(200);
    const view = response.json() as SubmissionView;
    expect(view.values.find((v) => v.indicator === 'training.personHours')?.value).toBe(12);
  });

  it('lists the rows behind the computed value to the agency and region staff, never to another agency', async () => {
    const editor = await callerFor(testApp, fx.logins.editorA);
    const mine = await editor({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` });
    const url = `/api/submissions/${(mine.json() as SubmissionView).id}/indicators/training.personHours/training-records`;
    const row = (participantName: string, hours: number) =>
      expect.objectContaining({
        eventId: newsEventId,
        eventTitle: 'Seminar 2026-04-01',
        startDate: '2026-04-01',
        topicCode: 'news_writing',
        participantName,
        hours,
      });
    for (const login of [fx.logins.editorA, fx.logins.director, fx.logins.evaluator, fx.logins.viewer]) {
      const response = await (await callerFor(testApp, login))({ method: 'GET', url });
      expect([login, response.statusCode]).toEqual([login, 200]);
      expect(response.json() as TrainingLeafRecords).toEqual({
        indicator: 'training.personHours',
        topics: ['news_writing', 'media_law'],
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        total: 12,
        records: [row('A-1', 8), row('A-2', 4)],
      });
    }
    for (const login of [fx.logins.editorB, fx.logins.foreignDirector]) {
      const response = await (await callerFor(testApp, login))({ method: 'GET', url });
      expect([login, response.statusCode]).toEqual([login, 404]);
    }
    expect((await testApp.request({ method: 'GET', url })).statusCode).toBe(401);

    const notComputed = await editor({
      method: 'GET',
      url: url.replace('training.personHours', 'media.releases'),
    });
    expect(notComputed.statusCode).toBe(404);
    expect(notComputed.json()).toMatchObject({
      code: 'submission.not_training_indicator',
      params: { indicator: 'media.releases', title: expect.any(String) },
      message: 'media.releases is not a computed training indicator',
    });
  });

  it('follows a change of the register in the preview', async () => {
    const response = await director({
      method: 'PATCH',
      url: `/api/training/attendance/${partialRowId}`,
      payload: { version: 1, hours: 2 },
    });
    expect(response.statusCode).toBe(200);
    expect(await trainingValue(fx.agencies.a.id)).toBe(10);
  });

  it('freezes the value at publication: later register changes never reach the snapshot', async () => {
    const published = await director({ method: 'POST', url: `/api/cycles/${cycleId}/publish` });
    expect(published.statusCode).toBe(201);
    expect(await trainingValue(fx.agencies.a.id)).toBe(10);
    const before = (await director({ method: 'GET', url: `/api/cycles/${cycleId}/ranking` })).body;

    const added = await director({
      method: 'POST',
      url: `/api/training/events/${newsEventId}/attendance`,
      payload: { participantName: 'A-late', agencyId: fx.agencies.a.id, audience: 'pr_staff' },
    });
    expect(added.statusCode).toBe(201);

    expect(await trainingValue(fx.agencies.a.id)).toBe(10);
    expect((await director({ method: 'GET', url: `/api/cycles/${cycleId}/ranking` })).body).toBe(before);
    const rows = (JSON.parse(before) as RankingResponse).rows;
    expect(rows.map((r) => [r.code, r.rank, r.total === null])).toEqual([
      ['A', 1, false],
      ['B', 2, false],
      ['C', null, true],
    ]);
    const [snapshot] = await testApp.app
      .get(DataSource)
      .query(`SELECT indicator_values FROM score_snapshot WHERE cycle_id = $1 AND agency_id = $2`, [
        cycleId,
        fx.agencies.a.id,
      ]);
    expect(snapshot.indicator_values['training.personHours']).toBe(10);
  });
});
