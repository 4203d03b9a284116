import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { itemsOf } from '../../../test/support/pages';

/** Two API instances on one database, as behind a load balancer. */
describe('re-opening a published cycle', () => {
  let first: TestApp;
  let second: TestApp;
  let fx: RegionFixture;

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp(first.database.url);
    fx = await seedRegions(first);
  });
  afterAll(async () => {
    await second.app.close();
    await first.close();
  });

  async function eventually(check: () => Promise<number>, expected: number): Promise<number> {
    let status = await check();
    for (let i = 0; i < 40 && status !== expected; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = await check();
    }
    return status;
  }

  it('needs a director and a written reason, and withdraws the ranking on every instance', async () => {
    const cycle = await insertCycle(first, {
      regionId: fx.region.id,
      name: '2026',
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    await insertSubmission(first, cycle.id, fx.agencies.a.id, 'approved', {
      'media.releases': 3,
      'media.quality': 4,
      'web.answered': 50,
    });
    const director = await callerFor(first, fx.logins.director);
    expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(201);
    const ranking = () =>
      second.request({ method: 'GET', url: `/api/cycles/${cycle.id}/ranking` }).then((r) => r.statusCode);
    expect(await ranking()).toBe(200);

    const evaluator = await callerFor(first, fx.logins.evaluator);
    expect(
      (
        await evaluator({
          method: 'POST',
          url: `/api/cycles/${cycle.id}/reopen`,
          payload: { version: 2, reason: 'A value was wrong' },
        })
      ).statusCode,
    ).toBe(403);
    const current = (await director({ method: 'GET', url: `/api/cycles/${cycle.id}` })).json();
    const noReason = await director({
      method: 'POST',
      url: `/api/cycles/${cycle.id}/reopen`,
      payload: { version: current.version, reason: 'oops' },
    });
    expect(noReason.json().details).toEqual([
      {
        code: 'field.too_short',
        field: 'reason',
        params: { min: 10 },
        problems: ['reason must explain the re-opening in at least 10 characters'],
      },
    ]);

    const reopened = await director({
      method: 'POST',
      url: `/api/cycles/${cycle.id}/reopen`,
      payload: { version: current.version, reason: 'Agency A reported a wrong value' },
    });
    expect(reopened.json()).toMatchObject({ status: 'review' });
    expect(await eventually(ranking, 404)).toBe(404);

    const audit = itemsOf(
      await director({ method: 'GET', url: `/api/audit?cycleId=${cycle.id}&action=cycle.reopen` }),
    );
    expect(audit).toEqual([expect.objectContaining({ reason: 'Agency A reported a wrong value' })]);

    expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(201);
    expect(await eventually(ranking, 200)).toBe(200);
  });
});
