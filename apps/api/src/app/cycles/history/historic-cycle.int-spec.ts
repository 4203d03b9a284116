import type { CycleView, Page, RankingResponse, ScorecardResponse } from '@prgauge/contracts';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { insertCycle, insertSubmission, SMALL_FRAMEWORK } from '../../../../test/support/cycle-fixtures';
import { type Caller, callerFor, type RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { multipartBody } from '../../../../test/support/multipart';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import { Submission } from '../../submissions/submission.entity';

/**
 * A directorate brings in its 2024 evaluation, kept in its own workbook, as imported history, then publishes its
 * first cycle evaluated in the product (2025): movement and trends start from the history.
 *
 * 2024 (history), every value counts though nobody submitted or approved it:
 *   A: releases 10, quality 3/5, web 50 %; B: releases 20, quality 5/5, web 90 %; C reported nothing.
 *   Releases are normalised between the lowest and highest agency (10 → 0, 20 → 100); a rating by its top
 *   (3/5 → 60, 5/5 → 100); a percentage is its own score.
 *   A: media (0 + 60) / 2 = 30, web 50 → 0.6 × 30 + 0.4 × 50 = 38, rank 2.
 *   B: media (100 + 100) / 2 = 100, web 90 → 0.6 × 100 + 0.4 × 90 = 96, rank 1.
 *   The workbook of 2024 had published A 40.5 (rank 2) and B 91 (rank 1), by the method of the time.
 * 2025 (evaluated, approved):
 *   A: releases 30 → 100, quality 4/5 → 80, media 90; web 80 → 0.6 × 90 + 0.4 × 80 = 86, rank 1: up one place.
 *   B: releases 10 → 0, quality 5/5 → 100, media 50; web 100 → 0.6 × 50 + 0.4 × 100 = 70, rank 2: down one.
 */
describe('a historic cycle', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let history: CycleView;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const submissionOf = (cycleId: string, agencyId: string) =>
    testApp.app.get(DataSource).getRepository(Submission).findOneByOrFail({ cycleId, agencyId });
  const saveValues = async (cycleId: string, agencyId: string, values: Record<string, number>) => {
    const submission = await submissionOf(cycleId, agencyId);
    return director({
      method: 'PUT',
      url: `/api/submissions/${submission.id}/values`,
      payload: {
        version: submission.version,
        values: Object.entries(values).map(([indicator, value]) => ({ indicator, value })),
      },
    });
  };
  const givePublishedThen = (cycleId: string, csv: string) => {
    const form = multipartBody(
      {},
      { name: 'published-2024.csv', content: Buffer.from(csv), type: 'text/csv' },
    );
    return director({
      method: 'PUT',
      url: `/api/cycles/${cycleId}/published-then`,
      payload: form.payload,
      headers: form.headers,
    });
  };

  it('is created for a past period without a deadline, and its values go in after that period', async () => {
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: '2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        importedHistory: true,
        framework: SMALL_FRAMEWORK,
      },
    });
    expect(created.statusCode).toBe(201);
    history = created.json() as CycleView;
    expect(history).toMatchObject({ importedHistory: true, status: 'draft', periodEnd: '2024-12-31' });
    expect((await director({ method: 'POST', url: `/api/cycles/${history.id}/open` })).statusCode).toBe(200);
    // The default deadline, the end of 2024, is long past: imported history has none to keep.
    const a = await saveValues(history.id, fx.agencies.a.id, {
      'media.releases': 10,
      'media.quality': 3,
      'web.answered': 50,
    });
    expect(a.statusCode).toBe(200);
    const b = await saveValues(history.id, fx.agencies.b.id, {
      'media.releases': 20,
      'media.quality': 5,
      'web.answered': 90,
    });
    expect(b.statusCode).toBe(200);
  });

  it('still asks an evaluated cycle for its deadline', async () => {
    const refused = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: { name: '2026', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toMatchObject([{ field: 'deadline', code: 'field.required' }]);
  });

  it('refuses a file of figures published then with problems, by row and column, and keeps none', async () => {
    const refused = await givePublishedThen(history.id, 'agency_code,total,rank\nA,40.5,2\nZ,12,0\nA,x,1\n');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'import.rows_invalid' });
    expect(
      (refused.json().details as { field: string; code: string }[]).map((d) => [d.field, d.code]),
    ).toEqual([
      ['row 3, rank', 'field.type'],
      ['row 4, agency_code', 'field.taken'],
      ['row 4, total', 'field.type'],
    ]);
    const unknown = await givePublishedThen(history.id, 'agency_code,total,rank\nZ,12,3\n');
    expect(unknown.json().details).toMatchObject([
      { field: 'row 2, agency_code', code: 'field.unknown_reference' },
    ]);
  });

  it('is published straight from open with the figures published then beside the recomputation', async () => {
    const given = await givePublishedThen(history.id, 'agency_code;total;rank\nA;40,5;2\nB;91;1\n');
    expect(given.statusCode).toBe(200);
    expect(given.json()).toEqual({ cycleId: history.id, agencies: 2 });
    // Nothing is approved, yet A and B, with values, get scores of their own; C, with none, does not.
    const summary = await director({ method: 'GET', url: `/api/cycles/${history.id}/publish-summary` });
    expect(summary.json()).toMatchObject({ approved: 0, scored: 2, refusal: null });
    expect(summary.json().unscored.map((u: { agencyCode: string }) => u.agencyCode)).toEqual(['C']);
    const published = await director({ method: 'POST', url: `/api/cycles/${history.id}/publish` });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ status: 'published', importedHistory: true });

    const ranking = (
      await testApp.request({ method: 'GET', url: `/api/cycles/${history.id}/ranking` })
    ).json() as RankingResponse;
    expect(ranking.cycle.importedHistory).toBe(true);
    expect(
      ranking.rows.map((r) => [
        r.code,
        r.rank,
        r.total === null ? null : Number(r.total.toFixed(6)),
        r.publishedThen ?? null,
      ]),
    ).toEqual([
      ['B', 1, 96, { total: 91, rank: 1 }],
      ['A', 2, 38, { total: 40.5, rank: 2 }],
      ['C', null, null, null],
    ]);
    // The workbook marks the history and puts the figures published then beside the recomputation.
    const xlsx = await testApp.request({
      method: 'GET',
      url: `/api/cycles/${history.id}/ranking.xlsx?lang=en`,
    });
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(6).getCell(1).value).toBe(
      'Imported history: totals recomputed from past years’ data',
    );
    expect(sheet.getRow(8).values).toEqual([
      undefined,
      'Rank',
      'Move',
      'Code',
      'Agency',
      'Peer group',
      'Total',
      'Media relations',
      'Electronic PR',
      'Coverage',
      'Total published then',
      'Rank published then',
    ]);
    expect([
      sheet.getRow(9).getCell(3).value,
      sheet.getRow(9).getCell(10).value,
      sheet.getRow(9).getCell(11).value,
    ]).toEqual(['B', 91, 1]);
    // Frozen into the publication: reopen to change them.
    const locked = await givePublishedThen(history.id, 'agency_code,total,rank\nA,1,1\n');
    expect([locked.statusCode, locked.json().code]).toEqual([409, 'results.published_then_locked']);
  });

  it('gives the next published cycle its movement, trend and last cycle’s values', async () => {
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2025',
      status: 'review',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'approved', {
      'media.releases': 30,
      'media.quality': 4,
      'web.answered': 80,
    });
    await insertSubmission(testApp, cycle.id, fx.agencies.b.id, 'approved', {
      'media.releases': 10,
      'media.quality': 5,
      'web.answered': 100,
    });
    expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(201);

    const ranking = (
      await testApp.request({ method: 'GET', url: `/api/cycles/${cycle.id}/ranking` })
    ).json() as RankingResponse;
    expect(ranking.previousCycleId).toBe(history.id);
    expect(ranking.cycle.importedHistory).toBe(false);
    expect(ranking.rows.map((r) => [r.code, r.rank, r.movement])).toEqual([
      ['A', 1, 1],
      ['B', 2, -1],
      ['C', null, null],
    ]);
    expect(ranking.rows[0].publishedThen).toBeUndefined();

    const card = (
      await testApp.request({ method: 'GET', url: `/api/cycles/${cycle.id}/scorecards/${fx.agencies.a.id}` })
    ).json() as ScorecardResponse;
    expect(
      card.trend.map((p) => [p.cycleName, Number(p.total?.toFixed(6)), p.rank, p.importedHistory]),
    ).toEqual([
      ['2024', 38, 2, true],
      ['2025', 86, 1, false],
    ]);
    expect(card.values.map((v) => [v.indicator, v.value, v.previous])).toEqual([
      ['media.releases', 30, 10],
      ['media.quality', 4, 3],
      ['web.answered', 80, 50],
    ]);
  });

  it('is marked as imported history in the list of cycles', async () => {
    const cycles = ((await director({ method: 'GET', url: '/api/cycles' })).json() as Page<CycleView>).items;
    expect(cycles.map((c) => [c.name, c.importedHistory])).toEqual([
      ['2025', false],
      ['2024', true],
    ]);
  });

  it('takes figures published then only for imported history', async () => {
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2027',
      status: 'open',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    const refused = await givePublishedThen(cycle.id, 'agency_code,total,rank\nA,1,1\n');
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'results.not_imported_history']);
  });
});
