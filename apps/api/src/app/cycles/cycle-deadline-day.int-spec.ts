import type { CycleView, ExtensionView, Page, SubmissionView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { releaseClock, setClock } from '../../../test/support/clock';
import { fieldProblemsOf, refusalOf } from '../../../test/support/contest-fixtures';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';

/** Almaty is UTC+05:00 all year (since March 2024), so 23:59:59.999 there is 18:59:59.999Z. */
const DEADLINE_DAY = '2027-01-31';
const DEADLINE_AT = '2027-01-31T18:59:59.999Z';

describe('a cycle deadline given as a day, in a region of Asia/Almaty', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let cycle: CycleView;

  /** Editor A's submission, read and saved with a session opened at the clock's current time. */
  async function saveAsEditorA(value: number) {
    const editor = await callerFor(testApp, fx.logins.editorA);
    const mine = (
      await editor({ method: 'GET', url: `/api/cycles/${cycle.id}/submissions/mine` })
    ).json() as SubmissionView;
    const saved = await editor({
      method: 'PUT',
      url: `/api/submissions/${mine.id}/values`,
      payload: { version: mine.version, values: [{ indicator: 'web.answered', value }] },
    });
    return { mine, saved };
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    await testApp.app
      .get(DataSource)
      .query(`UPDATE region SET time_zone = 'Asia/Almaty' WHERE id = $1`, [fx.region.id]);
    setClock(testApp, '2027-01-20T09:00:00Z');
    director = await callerFor(testApp, fx.logins.director);
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Evaluation 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadline: DEADLINE_DAY,
        framework: SMALL_FRAMEWORK,
      },
    });
    expect(created.statusCode).toBe(201);
    cycle = created.json();
    const opened = await director({ method: 'POST', url: `/api/cycles/${cycle.id}/open` });
    expect(opened.statusCode).toBe(200);
  });
  afterAll(async () => {
    releaseClock(testApp);
    await testApp.close();
  });

  it("stores the day's last moment in the region's zone, answers in UTC and names the zone", async () => {
    expect(cycle).toMatchObject({ deadline: DEADLINE_AT, timeZone: 'Asia/Almaty' });
    const listed = ((await director({ method: 'GET', url: '/api/cycles' })).json() as Page<CycleView>).items;
    expect(listed.find((c) => c.id === cycle.id)).toMatchObject({
      deadline: DEADLINE_AT,
      timeZone: 'Asia/Almaty',
    });
  });

  it('lets an editor save at 23:30 Almaty time on the deadline day', async () => {
    setClock(testApp, '2027-01-31T18:30:00Z');
    const { mine, saved } = await saveAsEditorA(40);
    expect(mine).toMatchObject({ deadline: DEADLINE_AT, editable: true });
    expect(saved.statusCode).toBe(200);
  });

  it('refuses the same editor at 00:01 Almaty time the next day, naming the deadline', async () => {
    setClock(testApp, '2027-01-31T19:01:00Z');
    const { mine, saved } = await saveAsEditorA(41);
    expect(mine.editable).toBe(false);
    expect(refusalOf(saved)).toEqual([
      409,
      'submission.deadline_passed',
      { deadline: DEADLINE_AT, cycleDeadlineAt: DEADLINE_AT },
    ]);
  });

  it("reads an extension's day and a changed deadline's day in the region's zone too", async () => {
    setClock(testApp, '2027-01-31T12:00:00Z');
    // Sessions last 12 hours by the same clock: sign in again on the day.
    director = await callerFor(testApp, fx.logins.director);
    const extended = await director({
      method: 'POST',
      url: `/api/cycles/${cycle.id}/extensions`,
      payload: { agencyId: fx.agencies.b.id, until: '2027-02-03', reason: 'The press secretary was ill' },
    });
    expect(extended.json() as ExtensionView).toEqual({
      agencyId: fx.agencies.b.id,
      extensionUntil: '2027-02-03T18:59:59.999Z',
    });
    const moved = await director({
      method: 'PATCH',
      url: `/api/cycles/${cycle.id}`,
      payload: { version: cycle.version + 1, deadline: '2027-02-01' },
    });
    expect(moved.json()).toMatchObject({ deadline: '2027-02-01T18:59:59.999Z', timeZone: 'Asia/Almaty' });
  });

  it('refuses a deadline with a time but no offset, which names no instant', async () => {
    const r = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Vague',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        deadline: '2028-01-31T18:00:00',
      },
    });
    expect([r.statusCode, fieldProblemsOf(r)]).toEqual([
      400,
      [{ field: 'deadline', code: 'time.offset_required' }],
    ]);
  });

  const ANY_DATE = 'YYYY-MM-DD | YYYY-MM-DDTHH:MM:SS+HH:MM';

  it('refuses other spellings of a day as a format, never with a server error or as a UTC midnight', async () => {
    const r = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Spelled otherwise',
        periodStart: '2027-W01-5',
        periodEnd: '2027-12-31T21:00:00Z',
        deadline: '2028-01-31 18:00:00+05:00',
      },
    });
    expect([r.statusCode, fieldProblemsOf(r)]).toEqual([
      400,
      [
        { field: 'periodStart', code: 'field.format', params: { format: 'YYYY-MM-DD' } },
        { field: 'periodEnd', code: 'field.format', params: { format: 'YYYY-MM-DD' } },
        { field: 'deadline', code: 'field.format', params: { format: ANY_DATE } },
      ],
    ]);
    const weekDate = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Week date',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        deadline: '2028-W05-1',
      },
    });
    expect([weekDate.statusCode, fieldProblemsOf(weekDate)]).toEqual([
      400,
      [{ field: 'deadline', code: 'field.format', params: { format: ANY_DATE } }],
    ]);
  });

  it("refuses a deadline before the period's first day in the region's zone, on creating and on moving it", async () => {
    const tooEarly = {
      field: 'deadline',
      code: 'field.too_early',
      params: { other: 'periodStart', otherDate: '2026-01-01' },
    };
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Due before it begins',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadline: '2025-06-01',
      },
    });
    expect([created.statusCode, fieldProblemsOf(created)]).toEqual([400, [tooEarly]]);
    // 2025-12-31T20:00Z is already 1 January in Almaty, the period's first day.
    const firstDay = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Due on its first day',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadline: '2025-12-31T20:00:00Z',
      },
    });
    expect(firstDay.statusCode).toBe(201);
    const current = (await director({ method: 'GET', url: `/api/cycles/${cycle.id}` })).json() as CycleView;
    const moved = await director({
      method: 'PATCH',
      url: `/api/cycles/${cycle.id}`,
      payload: { version: current.version, deadline: '2020-01-01' },
    });
    expect([moved.statusCode, fieldProblemsOf(moved)]).toEqual([400, [tooEarly]]);
  });
});
