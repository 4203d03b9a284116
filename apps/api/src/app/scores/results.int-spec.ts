import type { RankingResponse, ScorecardResponse } from '@prgauge/contracts';
import { scoreDocument, type ScoringInput } from '@prgauge/scoring';
import { DataSource } from 'typeorm';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Cycle } from '../cycles/cycle.entity';

describe('published scores', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let cycle: Cycle;
  let lastYear: Cycle;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    lastYear = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2025',
      status: 'review',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    // Last year B led and A came second.
    await insertSubmission(testApp, lastYear.id, fx.agencies.a.id, 'approved', {
      'media.releases': 10,
      'media.quality': 3,
      'web.answered': 50,
    });
    await insertSubmission(testApp, lastYear.id, fx.agencies.b.id, 'approved', {
      'media.releases': 20,
      'media.quality': 5,
      'web.answered': 90,
    });
    cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    // A: releases 30 → 100, quality 4/5 → 80, media 90; web 80 → total 0.6 × 90 + 0.4 × 80 = 86.
    await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'approved', {
      'media.releases': 30,
      'media.quality': 4,
      'web.answered': 80,
    });
    // B: releases 10 → 0, quality 5 → 100, media 50; web 100 → total 0.6 × 50 + 0.4 × 100 = 70.
    await insertSubmission(testApp, cycle.id, fx.agencies.b.id, 'approved', {
      'media.releases': 10,
      'media.quality': 5,
      'web.answered': 100,
    });
    // C's submission is not approved, so none of its values count: total 0.
    await insertSubmission(testApp, cycle.id, fx.agencies.c.id, 'submitted', {
      'media.releases': 99,
      'media.quality': 5,
      'web.answered': 100,
    });
  });
  afterAll(() => testApp.close());

  const anonymous = (url: string) => testApp.request({ method: 'GET', url });

  it('keeps an unpublished ranking from anonymous visitors and agency editors, and previews it for staff', async () => {
    const hidden = await anonymous(`/api/cycles/${cycle.id}/ranking`);
    expect([hidden.statusCode, hidden.json().code, hidden.json().params]).toEqual([
      404,
      'results.not_published',
      { cycleId: cycle.id },
    ]);
    const editor = await callerFor(testApp, fx.logins.editorA);
    expect((await editor({ method: 'GET', url: `/api/cycles/${cycle.id}/ranking` })).statusCode).toBe(404);
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    const preview = (
      await evaluator({ method: 'GET', url: `/api/cycles/${cycle.id}/ranking` })
    ).json() as RankingResponse;
    expect(preview.publishedAt).toBeNull();
    // The preview uses current data, including C's unapproved submission.
    expect(preview.rows.find((r) => r.code === 'C')?.total).toBeGreaterThan(0);
  });

  it('gives directors and evaluators the scoring document, which the library scores to the same ranking', async () => {
    const url = `/api/cycles/${cycle.id}/scoring-document`;
    const editor = await callerFor(testApp, fx.logins.editorA);
    expect((await editor({ method: 'GET', url })).statusCode).toBe(403);
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await foreign({ method: 'GET', url })).statusCode).toBe(404);
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    const response = await evaluator({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    const document = response.json() as ScoringInput;
    expect(document.agencies).toHaveLength(3);
    const preview = (
      await evaluator({ method: 'GET', url: `/api/cycles/${cycle.id}/ranking` })
    ).json() as RankingResponse;
    const totals = new Map(scoreDocument(document).results.map((r) => [r.agency, r.total]));
    for (const row of preview.rows) expect(totals.get(row.agencyId)).toBeCloseTo(row.total ?? NaN, 10);
  });

  it('lets only a director of the region publish', async () => {
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    expect((await evaluator({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(
      403,
    );
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await foreign({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(404);
  });

  it('publishes last year, then this year, with movement against last year', async () => {
    const director = await callerFor(testApp, fx.logins.director);
    expect((await director({ method: 'POST', url: `/api/cycles/${lastYear.id}/publish` })).statusCode).toBe(
      201,
    );
    const published = await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ status: 'published' });

    const response = await anonymous(`/api/cycles/${cycle.id}/ranking`);
    expect(response.statusCode).toBe(200);
    const ranking = response.json() as RankingResponse;
    expect(ranking.previousCycleId).toBe(lastYear.id);
    expect(ranking.rows.map((r) => [r.code, r.rank, r.total, r.movement])).toEqual([
      ['A', 1, 86, 1],
      ['B', 2, 70, -1],
      // C sent nothing either year: listed, but neither scored nor ranked, whatever the missing-value policy.
      ['C', null, null, null],
    ]);
    expect(ranking.rows[0].indices).toEqual({ media: 90, web: 80 });
    expect(ranking.indices.map((i) => [i.key, i.share])).toEqual([
      ['media', 0.6],
      ['web', 0.4],
    ]);
  });

  it('filters by peer group and answers 304 to a matching ETag', async () => {
    const health = (
      await anonymous(`/api/cycles/${cycle.id}/ranking?group=health`)
    ).json() as RankingResponse;
    expect(health.rows.map((r) => r.code)).toEqual(['A', 'B']);
    const first = await anonymous(`/api/cycles/${cycle.id}/ranking`);
    const again = await testApp.request({
      method: 'GET',
      url: `/api/cycles/${cycle.id}/ranking`,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('serves a scorecard with points lost to the best agency and the trend', async () => {
    const card = (
      await anonymous(`/api/cycles/${cycle.id}/scorecards/${fx.agencies.b.id}`)
    ).json() as ScorecardResponse;
    expect(card).toMatchObject({
      total: 70,
      rank: 2,
      groupRank: 2,
      agencyCount: 2,
      bestAgencyId: fx.agencies.a.id,
    });
    const media = card.indices.find((i) => i.key === 'media');
    // Best media contribution is A's 0.6 × 90 = 54; B has 0.6 × 50 = 30: 24 points lost.
    expect(media?.pointsLost).toBeCloseTo(24, 9);
    expect(media?.regionAverage).toBeCloseTo((90 + 50) / 2, 9);
    expect(card.indices.find((i) => i.key === 'web')?.pointsLost).toBe(0);
    expect(card.values.find((v) => v.indicator === 'media.releases')).toMatchObject({
      value: 10,
      previous: 20,
    });
    expect(card.trend.map((t) => [t.cycleName, t.rank])).toEqual([
      ['2025', 1],
      ['2026', 2],
    ]);
    expect(card.stability?.rankInterval).toEqual([2, 2]);
  });

  it("names the region's time zone in a scorecard, on whose clocks its publication day is shown", async () => {
    const ds = testApp.app.get(DataSource);
    const [{ time_zone: before }]: { time_zone: string }[] = await ds.query(
      `SELECT time_zone FROM region WHERE id = $1`,
      [fx.region.id],
    );
    await ds.query(`UPDATE region SET time_zone = 'Asia/Tehran' WHERE id = $1`, [fx.region.id]);
    try {
      const card = (
        await anonymous(`/api/cycles/${cycle.id}/scorecards/${fx.agencies.a.id}`)
      ).json() as ScorecardResponse;
      expect(card.timeZone).toBe('Asia/Tehran');
    } finally {
      await ds.query(`UPDATE region SET time_zone = $2 WHERE id = $1`, [fx.region.id, before]);
    }
  });

  it('freezes the results: later changes to the data do not move a published ranking', async () => {
    const ds = testApp.app.get(DataSource);
    await ds.query(`UPDATE submission_value SET value = 0 WHERE indicator_key = 'web.answered'`);
    const ranking = (await anonymous(`/api/cycles/${cycle.id}/ranking`)).json() as RankingResponse;
    expect(ranking.rows[0].total).toBe(86);
  });

  it('refuses to publish twice, and audits the publication', async () => {
    const director = await callerFor(testApp, fx.logins.director);
    const again = await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'cycle.wrong_status',
      params: { action: 'publish', status: 'published', expected: 'review' },
      message: 'Cannot publish a cycle that is published; it must be review',
    });
    const entries = await testApp.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .findBy({ cycleId: cycle.id, action: 'cycle.publish' });
    expect(entries).toHaveLength(1);
    expect(entries[0].changes).toContainEqual({ field: 'status', old: 'review', new: 'published' });
  });

  it('answers 400, not 500, to an id that is not a UUID', async () => {
    expect((await anonymous('/api/cycles/not-a-uuid/ranking')).statusCode).toBe(400);
  });
});

describe('POST /api/scoring/preview', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
    await seedRegions(testApp);
  });
  afterAll(() => testApp.close());

  const document = {
    framework: { indicators: [{ key: 'x', weight: 1, measure: { type: 'percent' } }] },
    agencies: [{ id: 'a' }, { id: 'b' }],
    values: [
      { agency: 'a', indicator: 'x', value: 40 },
      { agency: 'b', indicator: 'x', value: 60 },
    ],
  };

  it('scores a document for an evaluator', async () => {
    const evaluator = await callerFor(testApp, 'evaluator');
    const response = await evaluator({ method: 'POST', url: '/api/scoring/preview', payload: document });
    expect(response.statusCode).toBe(200);
    expect(
      response.json().results.map((r: { agency: string; total: number }) => [r.agency, r.total]),
    ).toEqual([
      ['b', 60],
      ['a', 40],
    ]);
  });

  it('names the offending place for invalid input', async () => {
    const evaluator = await callerFor(testApp, 'evaluator');
    const bad = { ...document, values: [...document.values, { agency: 'zz', indicator: 'x', value: 1 }] };
    const response = await evaluator({ method: 'POST', url: '/api/scoring/preview', payload: bad });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'document.invalid', params: { agency: 'zz' } });
    expect(response.json().details).toEqual([
      {
        code: 'field.invalid',
        field: 'values[2]',
        params: { agency: 'zz' },
        problems: ['values[2]: value for unknown agency "zz"'],
      },
    ]);
  });

  it('names the limit a document breaks', async () => {
    const evaluator = await callerFor(testApp, 'evaluator');
    const agencies = [...document.agencies, ...Array.from({ length: 4999 }, (_, i) => ({ id: `x${i}` }))];
    const response = await evaluator({
      method: 'POST',
      url: '/api/scoring/preview',
      payload: { ...document, agencies },
    });
    expect(response.json()).toMatchObject({
      statusCode: 400,
      code: 'preview.too_large',
      params: { field: 'agencies', count: 5001, max: 5000 },
      message: 'Too many agencies to preview: 5001, at most 5000',
      details: [{ field: 'agencies', code: 'field.too_many', params: { max: 5000 } }],
    });
  });

  it('is not for agency editors or anonymous visitors', async () => {
    const editor = await callerFor(testApp, 'editor-a');
    expect(
      (await editor({ method: 'POST', url: '/api/scoring/preview', payload: document })).statusCode,
    ).toBe(403);
    expect(
      (await testApp.request({ method: 'POST', url: '/api/scoring/preview', payload: document })).statusCode,
    ).toBe(401);
  });
});
