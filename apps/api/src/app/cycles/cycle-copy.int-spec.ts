import { insertCycle, SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';

const NEW_CYCLE = {
  name: '2027',
  periodStart: '2027-01-01',
  periodEnd: '2027-12-31',
  deadline: '2028-01-31T23:59:59Z',
};

describe('creating a cycle as a copy of another', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let earlierId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    const earlier = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'published',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    earlierId = earlier.id;
  });
  afterAll(() => testApp.close());

  it("starts a draft with the earlier cycle's framework, not the template", async () => {
    const director = await callerFor(testApp, fx.logins.director);
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: { ...NEW_CYCLE, copyFromCycleId: earlierId },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: '2027', status: 'draft', regionId: fx.region.id });

    const framework = await director({ method: 'GET', url: `/api/cycles/${created.json().id}/framework` });
    expect(framework.json().framework).toEqual(SMALL_FRAMEWORK);
  });

  it("keeps a draft from agency editors until it opens, while the directorate's staff see it", async () => {
    const director = await callerFor(testApp, fx.logins.director);
    const editor = await callerFor(testApp, fx.logins.editorA);
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: { ...NEW_CYCLE, name: 'Draft' },
    });
    expect(created.statusCode).toBe(201);
    const draftId = created.json().id as string;
    const listed = async (caller: typeof editor) =>
      ((await caller({ method: 'GET', url: '/api/cycles' })).json().items as { id: string }[]).map(
        (c) => c.id,
      );

    expect(await listed(editor)).toContain(earlierId);
    expect(await listed(editor)).not.toContain(draftId);
    for (const url of [
      `/api/cycles/${draftId}`,
      `/api/cycles/${draftId}/framework`,
      `/api/cycles/${draftId}/value-import/template.xlsx`,
    ])
      expect([url, (await editor({ method: 'GET', url })).statusCode]).toEqual([url, 404]);
    expect(await listed(evaluator)).toContain(draftId);
    expect((await evaluator({ method: 'GET', url: `/api/cycles/${draftId}` })).statusCode).toBe(200);

    const opened = await director({ method: 'POST', url: `/api/cycles/${draftId}/open`, payload: {} });
    expect(opened.statusCode).toBe(200);
    expect(await listed(editor)).toContain(draftId);
    expect((await editor({ method: 'GET', url: `/api/cycles/${draftId}` })).statusCode).toBe(200);
  });

  it('names the field when the period ends before it starts', async () => {
    const director = await callerFor(testApp, fx.logins.director);
    const refused = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: { ...NEW_CYCLE, periodEnd: '2026-06-30', copyFromCycleId: earlierId },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'cycle.period_reversed',
      params: { startDate: '2027-01-01', endDate: '2026-06-30' },
    });
    expect(refused.json().details).toEqual([
      {
        code: 'field.too_early',
        field: 'periodEnd',
        params: { other: 'periodStart', otherDate: '2027-01-01' },
        problems: ['must not be before periodStart'],
      },
    ]);
  });

  it("refuses to copy another region's cycle, and lets no one but a director create", async () => {
    const outsider = await callerFor(testApp, fx.logins.foreignDirector);
    const foreign = await outsider({
      method: 'POST',
      url: '/api/cycles',
      payload: { ...NEW_CYCLE, copyFromCycleId: earlierId },
    });
    // Another region's cycles do not exist for this director, so nothing is copied across.
    expect(foreign.statusCode).toBe(404);

    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    const denied = await evaluator({
      method: 'POST',
      url: '/api/cycles',
      payload: { ...NEW_CYCLE, copyFromCycleId: earlierId },
    });
    expect(denied.statusCode).toBe(403);
  });
});
