import type { TrainingReport } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { releaseClock, setClock } from '../../../test/support/clock';
import { callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';

describe("the training report's default period: the current year of the region's calendar", () => {
  let testApp: TestApp;
  let fx: RegionFixture;

  const reportOf = async (login: string) => {
    const caller = await callerFor(testApp, login);
    const r = await caller({ method: 'GET', url: '/api/training/reports' });
    expect(r.statusCode).toBe(200);
    const { from, to } = r.json() as TrainingReport;
    return { from, to };
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    const ds = testApp.app.get(DataSource);
    await ds.query(`UPDATE region SET time_zone = 'Asia/Tehran', calendar = 'persian' WHERE id = $1`, [
      fx.region.id,
    ]);
    await ds.query(`UPDATE region SET time_zone = 'Asia/Almaty', calendar = 'gregorian' WHERE id = $1`, [
      fx.otherRegion.id,
    ]);
  });
  afterAll(async () => {
    releaseClock(testApp);
    await testApp.close();
  });

  it('is Solar Hijri 1405, 2026-03-21 to 2027-03-20, in a Tehran region in November 2026', async () => {
    setClock(testApp, '2026-11-30T10:00:00Z');
    expect(await reportOf(fx.logins.director)).toEqual({ from: '2026-03-21', to: '2027-03-20' });
  });

  it('turns to 1406 at midnight of Nowruz on Tehran clocks', async () => {
    setClock(testApp, '2027-03-20T20:31:00Z');
    expect(await reportOf(fx.logins.director)).toEqual({ from: '2027-03-21', to: '2028-03-19' });
  });

  it("is the Gregorian year on the region's clocks: already 2027 in Almaty at 20:00 UTC on 31 December", async () => {
    setClock(testApp, '2026-12-31T20:00:00Z');
    expect(await reportOf(fx.logins.foreignDirector)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });
});
