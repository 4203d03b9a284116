import type { AccountView, Role } from '@prgauge/contracts';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { itemsOf } from '../../../test/support/pages';
import { createTestApp, TestApp } from '../../../test/support/test-app';

describe('the account list’s filters', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let admin: Caller;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    admin = await callerFor(testApp, fx.logins.admin);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const logins = async (caller: Caller, query: string) => {
    const response = await caller({ method: 'GET', url: `/api/users?${query}` });
    expect(response.statusCode).toBe(200);
    return itemsOf<AccountView>(response).map((a) => a.login);
  };

  it('narrows by role and by agency, within the director’s own region', async () => {
    expect(await logins(director, 'role=agency_editor')).toEqual(['editor-a', 'editor-b']);
    expect(await logins(director, `agencyId=${fx.agencies.b.id}`)).toEqual(['editor-b']);
    expect(await logins(director, 'role=director')).toEqual(['director']);
    expect(await logins(admin, 'role=director')).toEqual(['director', 'south-director']);
  });

  it('searches part of the login or of the name, case aside, never taking % or _ as a wildcard', async () => {
    expect(await logins(director, 'search=EDITOR-')).toEqual(['editor-a', 'editor-b']);
    expect(await logins(director, 'search=edit%25a')).toEqual([]);
    expect(await logins(director, 'search=e_itor')).toEqual([]);
  });

  it('keeps a director inside their region whatever region, agency or search they name', async () => {
    const foreign = await director({
      method: 'GET',
      url: `/api/users?regionId=${fx.otherRegion.id}&role=director`,
    });
    expect([foreign.statusCode, foreign.json().params]).toEqual([404, { record: 'region' }]);
    expect(await logins(director, `regionId=${fx.region.id}&role=director`)).toEqual(['director']);
    expect(await logins(director, `agencyId=${fx.agencies.foreign.id}`)).toEqual([]);
    expect(await logins(director, 'search=south')).toEqual([]);
    expect(await logins(admin, `regionId=${fx.otherRegion.id}`)).toEqual(['south-director']);
  });

  it('refuses a role that does not exist and an agency that is not an id', async () => {
    const role = await director({ method: 'GET', url: `/api/users?role=${'owner' as Role}` });
    expect(role.statusCode).toBe(400);
    const agency = await director({ method: 'GET', url: '/api/users?agencyId=B' });
    expect(agency.statusCode).toBe(400);
  });
});

describe('a new account’s language', () => {
  let testApp: TestApp;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const create = (login: string, extra: Record<string, unknown>) =>
    director({
      method: 'POST',
      url: '/api/users',
      payload: {
        login,
        displayName: 'New person',
        role: 'viewer',
        password: 'a long enough password',
        ...extra,
      },
    });

  it('is the one asked for, none when none is (the browser’s, else the region’s, applies), and one of the product’s languages only', async () => {
    expect((await create('reader.fa', { locale: 'fa' })).json()).toMatchObject({ locale: 'fa' });
    expect((await create('reader.plain', {})).json()).toMatchObject({ locale: null });
    const refused = await create('reader.de', { locale: 'de' });
    expect([refused.statusCode, refused.json().details?.[0]?.field]).toEqual([400, 'locale']);
  });
});
