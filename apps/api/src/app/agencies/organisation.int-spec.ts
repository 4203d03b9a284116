import type { AgencyView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { insertCycle } from '../../../test/support/cycle-fixtures';
import { multipartBody } from '../../../test/support/multipart';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { Agency } from './agency.entity';
import { itemsOf } from '../../../test/support/pages';

describe('regions, agencies and accounts', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const csv = (body: string, query = '') =>
    director({
      method: 'POST',
      url: `/api/agencies/import${query}`,
      payload: body,
      headers: { 'content-type': 'text/csv' },
    });

  it('lists only the region’s own agencies, searching codes and names in any language', async () => {
    const all = itemsOf<AgencyView>(await director({ method: 'GET', url: '/api/agencies' }));
    expect(all.map((a) => a.code)).toEqual(['A', 'B', 'C']);
    const found = itemsOf<AgencyView>(
      await director({ method: 'GET', url: `/api/agencies?search=${encodeURIComponent('ведомство b')}` }),
    );
    expect(found.map((a) => a.code)).toEqual(['B']);
    const foreign = await director({ method: 'GET', url: `/api/agencies/${fx.agencies.foreign.id}` });
    expect(foreign.statusCode).toBe(404);
    const missing = await director({
      method: 'GET',
      url: '/api/agencies/00000000-0000-4000-8000-000000000000',
    });
    expect([missing.statusCode, missing.json().code, missing.json().params]).toEqual([
      404,
      'record.not_found',
      { record: 'agency' },
    ]);
    // Another region's agency answers exactly as a missing one, so ids cannot be probed.
    expect(foreign.json()).toEqual(missing.json());
  });

  it('imports a CSV file: a malformed one reports its rows and saves nothing', async () => {
    const bad = await csv(
      'code;name_ru;peer_group;pr_staff\nX1;Первое;health;3\nX2;;health;2\nX3;Третье;sport;minus\n',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'import.rows_invalid', params: { count: 2 } });
    expect(bad.json().details).toEqual([
      {
        code: 'field.required',
        field: 'row 3, name',
        problems: ['needs a name in at least one language (name_ru, name_kk, name_fa or name_en)'],
      },
      {
        code: 'field.type',
        field: 'row 4, pr_staff',
        params: { expected: 'number' },
        problems: ['"minus" must be a number ≥ 0'],
      },
    ]);
    const unknownGroup = await csv('code,name_en,peer_group\nX1,First,sport\n');
    expect(unknownGroup.json().details).toEqual([
      {
        code: 'field.unknown_reference',
        field: 'row 2, peer_group',
        params: { value: 'sport' },
        problems: ['"sport" is not a peer group of this region'],
      },
    ]);
    expect(await testApp.app.get(DataSource).getRepository(Agency).countBy({ regionId: fx.region.id })).toBe(
      3,
    );
  });

  it('previews with dryRun, then creates every row in one go', async () => {
    const body =
      'code,name_ru,name_fa,peer_group,pr_staff\nX1,Первое,اول,health,3\nX2,Второе,دوم,education,1\n';
    const preview = await csv(body, '?dryRun=true');
    expect(preview.json()).toMatchObject({ created: 0, agencies: [{ code: 'X1' }, { code: 'X2' }] });
    // A flag spelt any other way is refused rather than read as false, which would save the rows.
    for (const loose of ['yes', '1']) {
      const refused = await csv(body, `?dryRun=${loose}`);
      expect([refused.statusCode, refused.json().details]).toEqual([
        400,
        [expect.objectContaining({ field: 'dryRun', code: 'field.not_in_list' })],
      ]);
    }
    expect(await testApp.app.get(DataSource).getRepository(Agency).countBy({ regionId: fx.region.id })).toBe(
      3,
    );
    const created = await csv(body);
    expect(created.statusCode).toBe(201);
    expect(created.json().created).toBe(2);
    expect(created.json().agencies[0]).toMatchObject({
      code: 'X1',
      name: { ru: 'Первое', fa: 'اول' },
      peerGroupId: fx.groups.health.id,
      attributes: { prStaff: 3 },
    });
    expect((await csv(body)).json().details[0]).toEqual({
      code: 'field.taken',
      field: 'row 2, code',
      params: { value: 'X1' },
      problems: ['"X1" exists already in this region'],
    });
  });

  it('updates an agency with optimistic locking', async () => {
    const a = (
      await director({ method: 'GET', url: `/api/agencies/${fx.agencies.c.id}` })
    ).json() as AgencyView;
    const first = await director({
      method: 'PATCH',
      url: `/api/agencies/${a.id}`,
      payload: { version: a.version, attributes: { prStaff: 7 } },
    });
    expect(first.json()).toMatchObject({ attributes: { prStaff: 7 }, version: a.version + 1 });
    const second = await director({
      method: 'PATCH',
      url: `/api/agencies/${a.id}`,
      payload: { version: a.version, active: false },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({ attributes: { prStaff: 7 }, active: true });
  });

  it('names the field when a name is not given by language', async () => {
    const response = await director({
      method: 'POST',
      url: '/api/agencies',
      payload: { code: 'Z', name: { de: 'Amt' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      {
        code: 'field.invalid',
        field: 'name',
        params: { allowed: 'ru, kk, fa, en', max: 300 },
        problems: ['name must give texts by language (ru, kk, fa, en), at least one'],
      },
    ]);
  });

  it('manages peer groups', async () => {
    const added = await director({
      method: 'POST',
      url: `/api/regions/${fx.region.id}/peer-groups`,
      payload: { code: 'culture', name: { ru: 'Культура' } },
    });
    expect(added.statusCode).toBe(201);
    const groups = (
      await director({ method: 'GET', url: `/api/regions/${fx.region.id}/peer-groups` })
    ).json() as { code: string }[];
    expect(groups.map((g) => g.code)).toEqual(['culture', 'education', 'health']);
    const foreign = await director({
      method: 'POST',
      url: `/api/regions/${fx.otherRegion.id}/peer-groups`,
      payload: { code: 'x', name: { ru: 'X' } },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('lets a director add an agency editor but not an admin, and the editor can sign in', async () => {
    const admin = await director({
      method: 'POST',
      url: '/api/users',
      payload: { login: 'rogue', displayName: 'Rogue', role: 'admin', password: 'long enough password' },
    });
    expect(admin.statusCode).toBe(403);
    const noAgency = await director({
      method: 'POST',
      url: '/api/users',
      payload: {
        login: 'press.c',
        displayName: 'Press C',
        role: 'agency_editor',
        password: 'long enough password',
      },
    });
    expect(noAgency.json().details).toEqual([
      { code: 'field.required', field: 'agencyId', problems: ['is required for an agency editor'] },
    ]);
    const created = await director({
      method: 'POST',
      url: '/api/users',
      payload: {
        login: 'press.c',
        displayName: 'Press C',
        role: 'agency_editor',
        agencyId: fx.agencies.c.id,
        password: 'long enough password',
      },
    });
    expect(created.json()).toMatchObject({
      role: 'agency_editor',
      agencyId: fx.agencies.c.id,
      regionId: fx.region.id,
    });
    const login = await testApp.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'press.c', password: 'long enough password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('searches the audit trail of the region only', async () => {
    const entries = itemsOf<{ agencyId: string }>(
      await director({ method: 'GET', url: `/api/audit?action=agency.import&limit=10` }),
    );
    expect(entries).toHaveLength(2);
    const foreignDirector = await callerFor(testApp, fx.logins.foreignDirector);
    expect(itemsOf(await foreignDirector({ method: 'GET', url: `/api/audit?action=agency.import` }))).toEqual(
      [],
    );
    const bad = await director({ method: 'GET', url: '/api/audit?limit=5000' });
    expect(bad.json().details).toEqual([
      {
        code: 'field.too_large',
        field: 'limit',
        params: { max: 500 },
        problems: ['limit must not be greater than 500'],
      },
    ]);
  });

  it('takes the CSV as a form upload too, and a national admin names an existing region', async () => {
    const admin = await callerFor(testApp, fx.logins.admin);
    const upload = (query: string) =>
      admin({
        method: 'POST',
        url: `/api/agencies/import${query}`,
        ...multipartBody(
          {},
          {
            name: 'agencies.csv',
            content: Buffer.from('\uFEFFcode;name_en\r\nS1;South one\r\n'),
            type: 'text/csv',
          },
        ),
      });
    expect((await upload('')).json().details).toEqual([
      { code: 'field.required', field: 'regionId', problems: ['is required for a national admin'] },
    ]);
    expect((await upload('?regionId=00000000-0000-4000-8000-000000000000')).json().details).toEqual([
      {
        code: 'field.unknown_reference',
        field: 'regionId',
        params: { value: '00000000-0000-4000-8000-000000000000' },
        problems: ['is not a known region'],
      },
    ]);
    const created = await upload(`?regionId=${fx.otherRegion.id}`);
    expect(created.statusCode).toBe(201);
    expect(created.json().agencies).toMatchObject([
      { code: 'S1', regionId: fx.otherRegion.id, name: { en: 'South one' } },
    ]);
    const json = await director({ method: 'POST', url: '/api/agencies/import', payload: { csv: 'code' } });
    expect([json.statusCode, json.json().code, json.json().details[0].field]).toEqual([
      400,
      'upload.not_a_file',
      'body',
    ]);
  });

  it('renames and removes a peer group, its agencies keeping no group', async () => {
    const url = `/api/regions/${fx.region.id}/peer-groups/${fx.groups.education.id}`;
    const renamed = await director({ method: 'PATCH', url, payload: { name: { en: 'Schools' } } });
    expect(renamed.json()).toMatchObject({ code: 'education', name: { en: 'Schools' } });
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await south({ method: 'DELETE', url })).statusCode).toBe(404);
    expect((await director({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await director({ method: 'DELETE', url })).statusCode).toBe(404);
    const c = (
      await director({ method: 'GET', url: `/api/agencies/${fx.agencies.c.id}` })
    ).json() as AgencyView;
    expect(c.peerGroupId).toBeNull();
  });

  it('lets only a national admin add a region, and lists publicly only regions with published results', async () => {
    const payload = { code: 'east', name: { ru: 'Восток' } };
    expect((await director({ method: 'POST', url: '/api/regions', payload })).statusCode).toBe(403);
    const admin = await callerFor(testApp, fx.logins.admin);
    expect((await admin({ method: 'POST', url: '/api/regions', payload })).statusCode).toBe(201);
    expect((await admin({ method: 'POST', url: '/api/regions', payload })).statusCode).toBe(409);
    const codes = async (caller: Caller) =>
      ((await caller({ method: 'GET', url: '/api/regions' })).json() as { code: string }[]).map(
        (r) => r.code,
      );
    expect(await codes(admin)).toEqual(['east', 'north', 'south']);
    expect(await codes(director)).toEqual(['north']);
    const publicCodes = async () =>
      (
        (await testApp.request({ method: 'GET', url: '/api/public/regions' })).json() as { code: string }[]
      ).map((r) => r.code);
    await insertCycle(testApp, {
      regionId: fx.region.id,
      name: 'Open',
      status: 'open',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    expect(await publicCodes()).toEqual([]);
    await insertCycle(testApp, {
      regionId: fx.otherRegion.id,
      name: 'Done',
      status: 'published',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    expect(await publicCodes()).toEqual(['south']);
  });
});
