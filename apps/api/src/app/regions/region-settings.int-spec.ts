import type { RegionView } from '@prgauge/contracts';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';

describe("a region's time zone, default language and calendar", () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let admin: Caller;
  let director: Caller;
  let southDirector: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    admin = await callerFor(testApp, fx.logins.admin);
    director = await callerFor(testApp, fx.logins.director);
    southDirector = await callerFor(testApp, fx.logins.foreignDirector);
  });
  afterAll(() => testApp.close());

  const regionOf = async (caller: Caller, code: string) =>
    ((await caller({ method: 'GET', url: '/api/regions' })).json() as RegionView[]).find(
      (r) => r.code === code,
    );

  it('gives a new region Moscow time, Russian and the Gregorian calendar unless it names others', async () => {
    const plain = await admin({
      method: 'POST',
      url: '/api/regions',
      payload: { code: 'west', name: { ru: 'Запад' } },
    });
    expect(plain.statusCode).toBe(201);
    expect(plain.json()).toMatchObject({
      timeZone: 'Europe/Moscow',
      defaultLocale: 'ru',
      calendar: 'gregorian',
      version: 1,
    });
    const persian = await admin({
      method: 'POST',
      url: '/api/regions',
      payload: {
        code: 'khorasan',
        name: { fa: 'خراسان' },
        timeZone: 'Asia/Tehran',
        defaultLocale: 'fa',
        calendar: 'persian',
      },
    });
    expect(persian.json()).toMatchObject({
      timeZone: 'Asia/Tehran',
      defaultLocale: 'fa',
      calendar: 'persian',
    });
  });

  it('lets a national admin change the settings, with a version that refuses a stale edit', async () => {
    const url = `/api/regions/${fx.otherRegion.id}`;
    const before = await regionOf(admin, 'south');
    const changed = await admin({
      method: 'PATCH',
      url,
      payload: {
        version: before?.version,
        name: { ru: 'Юг', kk: 'Оңтүстік', fa: 'جنوب', en: 'South' },
        timeZone: 'Asia/Almaty',
        defaultLocale: 'kk',
      },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      code: 'south',
      name: { ru: 'Юг', kk: 'Оңтүстік', fa: 'جنوب', en: 'South' },
      timeZone: 'Asia/Almaty',
      defaultLocale: 'kk',
      calendar: 'gregorian',
      version: (before?.version ?? 0) + 1,
    });
    expect(await regionOf(southDirector, 'south')).toMatchObject({
      timeZone: 'Asia/Almaty',
      defaultLocale: 'kk',
    });

    const stale = await admin({
      method: 'PATCH',
      url,
      payload: { version: before?.version, calendar: 'persian' },
    });
    expect([stale.statusCode, stale.json().code, stale.json().current?.timeZone]).toEqual([
      409,
      'record.stale_version',
      'Asia/Almaty',
    ]);
  });

  it('saves a zone typed in another case as Intl lists it, on creating and on changing a region', async () => {
    const created = await admin({
      method: 'POST',
      url: '/api/regions',
      payload: { code: 'lower-case-zone', name: { fa: 'یزد' }, timeZone: 'asia/tehran' },
    });
    expect(created.json()).toMatchObject({ timeZone: 'Asia/Tehran' });
    const changed = await admin({
      method: 'PATCH',
      url: `/api/regions/${created.json().id}`,
      payload: { version: created.json().version, timeZone: 'EUROPE/MOSCOW' },
    });
    expect(changed.json()).toMatchObject({ timeZone: 'Europe/Moscow' });
    expect((await regionOf(admin, 'lower-case-zone'))?.timeZone).toBe('Europe/Moscow');
  });

  it('refuses a time zone Intl does not know, beside the field, and an unknown calendar or language', async () => {
    const url = `/api/regions/${fx.region.id}`;
    const version = (await regionOf(admin, 'north'))?.version;
    for (const timeZone of ['Mars/Olympus', 'UTC+3', '+03:30', '']) {
      const refused = await admin({ method: 'PATCH', url, payload: { version, timeZone } });
      expect([timeZone, refused.statusCode, refused.json().details]).toEqual([
        timeZone,
        400,
        [
          expect.objectContaining({
            field: 'timeZone',
            code: 'field.time_zone',
            params: { example: 'Asia/Tehran' },
          }),
        ],
      ]);
    }
    const calendar = await admin({ method: 'PATCH', url, payload: { version, calendar: 'julian' } });
    expect(calendar.json().details).toEqual([
      expect.objectContaining({ field: 'calendar', code: 'field.not_in_list' }),
    ]);
    const locale = await admin({ method: 'PATCH', url, payload: { version, defaultLocale: 'de' } });
    expect(locale.json().details).toEqual([
      expect.objectContaining({ field: 'defaultLocale', code: 'field.not_in_list' }),
    ]);
    const nulled = await admin({ method: 'PATCH', url, payload: { version, timeZone: null } });
    expect(nulled.statusCode).toBe(400);
    expect((await regionOf(admin, 'north'))?.version).toBe(version);
  });

  it('lets directors read their own region only, and change none', async () => {
    const own = await regionOf(director, 'north');
    expect(own).toMatchObject({ timeZone: expect.any(String), calendar: expect.any(String) });
    expect(await regionOf(director, 'south')).toBeUndefined();
    const payload = { version: own?.version, timeZone: 'Asia/Tehran' };
    const mine = await director({ method: 'PATCH', url: `/api/regions/${fx.region.id}`, payload });
    expect([mine.statusCode, mine.json().code]).toEqual([403, 'auth.forbidden']);
    const theirs = await director({ method: 'PATCH', url: `/api/regions/${fx.otherRegion.id}`, payload });
    expect(theirs.statusCode).toBe(403);
    expect((await regionOf(director, 'north'))?.timeZone).toBe(own?.timeZone);
  });

  it('answers 404 for a region that does not exist', async () => {
    const missing = await admin({
      method: 'PATCH',
      url: '/api/regions/00000000-0000-4000-8000-000000000000',
      payload: { version: 1, calendar: 'persian' },
    });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'record.not_found']);
  });
});
