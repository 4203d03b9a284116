import type { SubmissionView } from '@prgauge/contracts';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';

describe('deadlines and extensions', () => {
  let testApp: TestApp;
  let fx: RegionFixture;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
  });
  afterAll(() => testApp.close());

  it('locks editing after the deadline, and an extension lifts it for one agency only', async () => {
    const director = await callerFor(testApp, fx.logins.director);
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Closed',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        deadline: '2026-07-01T00:00:00Z',
        framework: SMALL_FRAMEWORK,
      },
    });
    const cycleId = created.json().id;
    await director({ method: 'POST', url: `/api/cycles/${cycleId}/open` });
    const editorA = await callerFor(testApp, fx.logins.editorA);
    const editorB = await callerFor(testApp, fx.logins.editorB);
    const a = (
      await editorA({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` })
    ).json() as SubmissionView;
    const b = (
      await editorB({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` })
    ).json() as SubmissionView;
    expect(a.editable).toBe(false);

    const late = await editorA({
      method: 'PUT',
      url: `/api/submissions/${a.id}/values`,
      payload: { version: a.version, values: [{ indicator: 'web.answered', value: 50 }] },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'submission.deadline_passed',
      params: { deadline: '2026-07-01T00:00:00.000Z', cycleDeadlineAt: '2026-07-01T00:00:00.000Z' },
      message: 'The deadline passed on 2026-07-01T00:00:00.000Z; ask the director for an extension',
    });
    const evidence = await editorA({
      method: 'POST',
      url: `/api/submissions/${a.id}/evidence/links`,
      payload: { indicator: 'web.answered', url: 'https://example.org/log' },
    });
    expect([evidence.statusCode, evidence.json().code]).toEqual([409, 'submission.deadline_passed']);
    const tooEarly = await director({
      method: 'POST',
      url: `/api/cycles/${cycleId}/extensions`,
      payload: {
        agencyId: fx.agencies.a.id,
        until: '2026-06-01T00:00:00Z',
        reason: 'Flooding closed the office',
      },
    });
    expect(tooEarly.json()).toMatchObject({
      statusCode: 400,
      code: 'cycle.extension_too_early',
      params: { deadline: '2026-07-01T00:00:00.000Z' },
      details: [
        {
          field: 'until',
          code: 'field.not_after_deadline',
          params: { deadline: '2026-07-01T00:00:00.000Z' },
        },
      ],
    });

    const granted = await director({
      method: 'POST',
      url: `/api/cycles/${cycleId}/extensions`,
      payload: {
        agencyId: fx.agencies.a.id,
        until: '2099-01-01T00:00:00Z',
        reason: 'Flooding closed the office',
      },
    });
    expect(granted.statusCode).toBe(201);
    const a2 = (
      await editorA({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` })
    ).json() as SubmissionView;
    const saved = await editorA({
      method: 'PUT',
      url: `/api/submissions/${a.id}/values`,
      payload: { version: a2.version, values: [{ indicator: 'web.answered', value: 50 }] },
    });
    expect(saved.statusCode).toBe(200);

    const stillLate = await editorB({
      method: 'PUT',
      url: `/api/submissions/${b.id}/values`,
      payload: { version: b.version, values: [{ indicator: 'web.answered', value: 50 }] },
    });
    expect(stillLate.statusCode).toBe(409);
  });
});
