import type { ContestView, CycleView, ExtensionView, RegionView, WorkingWeekView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { releaseClock, setClock } from '../../../test/support/clock';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';

// 2026-12-03 is a Thursday, 2026-12-04 a Friday, 2026-12-05 a Saturday; 2027-03-21 is Nowruz 1406.
const THURSDAY = '2026-12-03';
const FRIDAY = '2026-12-04';
const SATURDAY = '2026-12-05';
const NOWRUZ_1406 = '2027-03-21';

describe("a region's working week, and deadlines that fall on its days off", () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let admin: Caller;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    // North is Iranian here (Friday off, Tehran time); south Kazakh (the weekend off, Almaty time).
    const ds = testApp.app.get(DataSource);
    await ds.query(`UPDATE region SET time_zone = 'Asia/Tehran', days_off = '{5}' WHERE id = $1`, [
      fx.region.id,
    ]);
    await ds.query(`UPDATE region SET time_zone = 'Asia/Almaty', days_off = '{6,7}' WHERE id = $1`, [
      fx.otherRegion.id,
    ]);
    setClock(testApp, '2026-11-30T08:00:00Z');
    admin = await callerFor(testApp, fx.logins.admin);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(async () => {
    releaseClock(testApp);
    await testApp.close();
  });

  const createCycle = (caller: Caller, deadline: string, regionId?: string) =>
    caller({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: `Evaluation due ${deadline}`,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadline,
        framework: SMALL_FRAMEWORK,
        ...(regionId ? { regionId } : {}),
      },
    });

  describe('the days off and holidays themselves', () => {
    it('gives a new region the days off of its national preset, or those it names', async () => {
      const create = async (code: string, extra: object) =>
        (
          await admin({
            method: 'POST',
            url: '/api/regions',
            payload: { code, name: { en: code }, ...extra },
          })
        ).json() as RegionView;
      expect((await create('fars', { defaultLocale: 'fa', calendar: 'persian' })).daysOff).toEqual([5]);
      expect((await create('almaty', { defaultLocale: 'kk' })).daysOff).toEqual([6, 7]);
      expect((await create('tver', {})).daysOff).toEqual([6, 7]);
      expect((await create('gilan', { defaultLocale: 'fa', daysOff: [5, 4] })).daysOff).toEqual([4, 5]);
    });

    it('lets a national admin change the days off, and refuses a week without a working day', async () => {
      const url = `/api/regions/${fx.otherRegion.id}`;
      const before = ((await admin({ method: 'GET', url: '/api/regions' })).json() as RegionView[]).find(
        (r) => r.id === fx.otherRegion.id,
      );
      const refused = await admin({
        method: 'PATCH',
        url,
        payload: { version: before?.version, daysOff: [1, 2, 3, 4, 5, 6, 7] },
      });
      expect(refused.statusCode).toBe(400);
      const notAWeekday = await admin({
        method: 'PATCH',
        url,
        payload: { version: before?.version, daysOff: [0] },
      });
      expect(notAWeekday.statusCode).toBe(400);
      const changed = await admin({
        method: 'PATCH',
        url,
        payload: { version: before?.version, daysOff: [7, 6] },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ daysOff: [6, 7] });
    });

    it("adds Iran's holidays of 1406 with Nowruz on 21–24 March 2027, and one more by hand", async () => {
      const preset = await admin({
        method: 'POST',
        url: `/api/regions/${fx.region.id}/holidays/preset`,
        payload: { preset: 'ir', year: 1406 },
      });
      expect(preset.statusCode).toBe(200);
      const week = preset.json() as WorkingWeekView;
      expect(week.daysOff).toEqual([5]);
      expect(week.holidays.filter((h) => h.name.en === 'Nowruz').map((h) => h.date)).toEqual([
        '2027-03-21',
        '2027-03-22',
        '2027-03-23',
        '2027-03-24',
      ]);
      const added = await admin({
        method: 'POST',
        url: `/api/regions/${fx.region.id}/holidays`,
        payload: { date: '2026-12-16', name: { fa: 'روز آزمون', en: 'Test day' } },
      });
      expect((added.json() as WorkingWeekView).holidays).toContainEqual({
        date: '2026-12-16',
        name: { fa: 'روز آزمون', en: 'Test day' },
      });
      const removed = await admin({
        method: 'DELETE',
        url: `/api/regions/${fx.region.id}/holidays/2026-12-16`,
      });
      expect(removed.statusCode).toBe(204);
      const read = (
        await director({ method: 'GET', url: `/api/regions/${fx.region.id}/working-week` })
      ).json() as WorkingWeekView;
      expect(read.holidays.map((h) => h.date)).not.toContain('2026-12-16');
      expect(read.holidays).toHaveLength(week.holidays.length);
    });

    it("keeps holidays to national admins, and another region's week out of a director's reach", async () => {
      const added = await director({
        method: 'POST',
        url: `/api/regions/${fx.region.id}/holidays`,
        payload: { date: '2026-12-17', name: { en: 'Mine' } },
      });
      expect(added.statusCode).toBe(403);
      const foreign = await director({
        method: 'GET',
        url: `/api/regions/${fx.otherRegion.id}/working-week`,
      });
      expect(foreign.statusCode).toBe(404);
      const badDay = await admin({
        method: 'DELETE',
        url: `/api/regions/${fx.region.id}/holidays/2026-02-30`,
      });
      expect(badDay.statusCode).toBe(400);
    });
  });

  describe('a deadline on a day off is saved, with a warning', () => {
    it('warns of a Friday deadline in Tehran, and not of a Thursday', async () => {
      const friday = await createCycle(director, FRIDAY);
      expect(friday.statusCode).toBe(201);
      expect((friday.json() as CycleView).warnings).toEqual([
        { code: 'working_week.day_off', field: 'deadline', params: { day: FRIDAY } },
      ]);
      const thursday = await createCycle(director, THURSDAY);
      expect(thursday.statusCode).toBe(201);
      expect(thursday.json()).not.toHaveProperty('warnings');
    });

    it('names the holiday of a deadline on Nowruz', async () => {
      const created = await createCycle(director, NOWRUZ_1406);
      expect((created.json() as CycleView).warnings).toEqual([
        {
          code: 'working_week.holiday',
          field: 'deadline',
          params: { day: NOWRUZ_1406 },
          holiday: expect.objectContaining({ fa: 'نوروز', en: 'Nowruz' }),
        },
      ]);
    });

    it("reads a date-time deadline as a day in the region's zone", async () => {
      // 21:00Z on Thursday is 00:30 on Friday in Tehran.
      const created = await createCycle(director, '2026-12-03T21:00:00Z');
      expect((created.json() as CycleView).warnings).toEqual([
        { code: 'working_week.day_off', field: 'deadline', params: { day: FRIDAY } },
      ]);
    });

    it('warns when an update or an extension moves the deadline onto a day off', async () => {
      const cycle = (await createCycle(director, THURSDAY)).json() as CycleView;
      const moved = await director({
        method: 'PATCH',
        url: `/api/cycles/${cycle.id}`,
        payload: { version: cycle.version, deadline: FRIDAY },
      });
      expect(moved.statusCode).toBe(200);
      expect((moved.json() as CycleView).warnings).toEqual([
        { code: 'working_week.day_off', field: 'deadline', params: { day: FRIDAY } },
      ]);
      const renamed = await director({
        method: 'PATCH',
        url: `/api/cycles/${cycle.id}`,
        payload: { version: (moved.json() as CycleView).version, name: 'Renamed' },
      });
      expect(renamed.json()).not.toHaveProperty('warnings');
      expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/open` })).statusCode).toBe(200);
      const extended = await director({
        method: 'POST',
        url: `/api/cycles/${cycle.id}/extensions`,
        payload: { agencyId: fx.agencies.a.id, until: '2026-12-11', reason: 'Server outage' },
      });
      expect(extended.statusCode).toBe(201);
      expect((extended.json() as ExtensionView).warnings).toEqual([
        { code: 'working_week.day_off', field: 'until', params: { day: '2026-12-11' } },
      ]);
    });

    it('warns of a Saturday deadline in Almaty, which is a working day in Tehran', async () => {
      const almaty = await createCycle(admin, SATURDAY, fx.otherRegion.id);
      expect(almaty.statusCode).toBe(201);
      expect((almaty.json() as CycleView).warnings).toEqual([
        { code: 'working_week.day_off', field: 'deadline', params: { day: SATURDAY } },
      ]);
      expect((await createCycle(director, SATURDAY)).json()).not.toHaveProperty('warnings');
    });

    it("warns of a contest window that ends on a Friday in Tehran, naming the window's field", async () => {
      const created = await director({
        method: 'POST',
        url: '/api/contests',
        payload: {
          title: { en: 'Best press service' },
          organiser: { fa: 'اداره کل روابط عمومی' },
          year: 2026,
          series: 'best-press-service',
          applicationsOpenAt: '2026-12-01',
          applicationsCloseAt: FRIDAY,
          judgingStartAt: '2026-12-06',
          judgingEndAt: '2026-12-20',
        },
      });
      expect(created.statusCode).toBe(201);
      expect((created.json() as ContestView).warnings).toEqual([
        { code: 'working_week.day_off', field: 'applicationsCloseAt', params: { day: FRIDAY } },
      ]);
    });
  });
});
