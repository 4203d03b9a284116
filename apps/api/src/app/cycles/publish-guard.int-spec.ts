import type { PublishSummary } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { releaseClock, setClock } from '../../../test/support/clock';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { callerFor, Caller, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { Cycle } from './cycle.entity';

/** North has agencies A, B and C; the period of these cycles ended before the tests run, unless said. */
describe('the publish guard', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const summaryOf = async (cycleId: string): Promise<PublishSummary> =>
    (await director({ method: 'GET', url: `/api/cycles/${cycleId}/publish-summary` })).json();

  it('refuses a cycle with nothing approved, then publishes it once one submission is approved', async () => {
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2025',
      status: 'review',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    const a = await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'submitted', {
      'media.releases': 3,
    });
    await insertSubmission(testApp, cycle.id, fx.agencies.b.id, 'returned', {});

    expect(await summaryOf(cycle.id)).toMatchObject({
      counts: { draft: 0, submitted: 1, returned: 1, approved: 0 },
      expected: 3,
      approved: 0,
      coverage: 0,
      refusal: 'cycles.nothing_approved',
      periodEnded: true,
      warnings: [],
    });
    const refused = await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'cycles.nothing_approved', params: { expected: 3 } });
    expect(
      (await testApp.app.get(DataSource).getRepository(Cycle).findOneByOrFail({ id: cycle.id })).status,
    ).toBe('review');

    await testApp.app
      .get(DataSource)
      .query(`UPDATE submission SET status = 'approved' WHERE id = $1`, [a.id]);
    const summary = await summaryOf(cycle.id);
    expect(summary).toMatchObject({
      counts: { draft: 0, submitted: 0, returned: 1, approved: 1 },
      approved: 1,
      refusal: null,
    });
    expect(summary.coverage).toBeCloseTo(1 / 3, 10);
    // C has no submission at all; B's was returned: neither gets a score of its own.
    expect(summary.unscored.map((u) => [u.agencyCode, u.status])).toEqual([
      ['B', 'returned'],
      ['C', null],
    ]);
    const published = await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ status: 'published' });
    expect((await summaryOf(cycle.id)).refusal).toBe('cycle.wrong_status');
  });

  it('publishes a cycle of imported history with nothing approved, warning that its period has not ended', async () => {
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Imported 2099',
        periodStart: '2099-01-01',
        periodEnd: '2099-12-31',
        deadline: '2100-01-31T18:00:00Z',
        importedHistory: true,
      },
    });
    expect(created.json()).toMatchObject({ importedHistory: true, status: 'draft' });
    const id = created.json().id as string;
    await testApp.app.get(DataSource).getRepository(Cycle).update(id, { status: 'review' });

    expect(await summaryOf(id)).toMatchObject({
      importedHistory: true,
      approved: 0,
      refusal: null,
      periodEnded: false,
      periodEnd: '2099-12-31',
      warnings: ['cycles.period_not_ended'],
    });
    const published = await director({ method: 'POST', url: `/api/cycles/${id}/publish` });
    expect(published.statusCode).toBe(201);
  });

  it("reads the period's end as a day in the region's zone: ended at 00:30 in Tehran, still the day before in UTC", async () => {
    const ds = testApp.app.get(DataSource);
    const [{ time_zone: zone }]: { time_zone: string }[] = await ds.query(
      `SELECT time_zone FROM region WHERE id = $1`,
      [fx.region.id],
    );
    await ds.query(`UPDATE region SET time_zone = 'Asia/Tehran' WHERE id = $1`, [fx.region.id]);
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '1405',
      status: 'review',
      periodStart: '2026-03-21',
      periodEnd: '2027-03-20',
    });
    try {
      setClock(testApp, '2027-03-20T21:00:00Z');
      // A session from the real today would have expired by the set clock's day.
      director = await callerFor(testApp, fx.logins.director);
      expect(await summaryOf(cycle.id)).toMatchObject({ periodEnded: true, warnings: [] });
      setClock(testApp, '2027-03-20T20:00:00Z');
      expect(await summaryOf(cycle.id)).toMatchObject({
        periodEnded: false,
        warnings: ['cycles.period_not_ended'],
      });
    } finally {
      releaseClock(testApp);
      director = await callerFor(testApp, fx.logins.director);
      await ds.query(`UPDATE region SET time_zone = $2 WHERE id = $1`, [fx.region.id, zone]);
    }
  });

  it("answers another region's director as if the cycle did not exist", async () => {
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: 'Hidden',
      status: 'review',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    });
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    const answer = await foreign({ method: 'GET', url: `/api/cycles/${cycle.id}/publish-summary` });
    expect(answer.statusCode).toBe(404);
  });
});
