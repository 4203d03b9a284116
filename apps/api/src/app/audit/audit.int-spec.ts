import type { AuditEntryView } from '@prgauge/contracts';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { User } from '../users/user.entity';
import { AuditEntry } from './audit-entry.entity';
import { itemsOf } from '../../../test/support/pages';

describe('the audit trail', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let ds: DataSource;
  let director: Caller;
  let directorId: string;
  const cycleId = '00000000-0000-4000-8000-0000000000c1';

  /** Entries written as they would be on given days, so that date filters have something to tell apart. */
  const entry = (fields: Partial<AuditEntry>) =>
    ds.getRepository(AuditEntry).save({
      userId: null,
      userLogin: 'system',
      regionId: fx.region.id,
      agencyId: null,
      cycleId: null,
      action: 'test.entry',
      entity: 'test',
      entityId: null,
      changes: [],
      reason: null,
      requestId: 'test',
      ip: null,
      ...fields,
    });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    ds = testApp.app.get(DataSource);
    director = await callerFor(testApp, fx.logins.director);
    directorId = (await ds.getRepository(User).findOneByOrFail({ login: fx.logins.director })).id;
    await entry({ at: new Date('2026-03-01T10:00:00Z'), agencyId: fx.agencies.a.id, action: 'old.a' });
    await entry({
      at: new Date('2026-03-02T12:00:00Z'),
      agencyId: fx.agencies.b.id,
      cycleId,
      action: 'mid.b',
    });
    await entry({ at: new Date('2026-03-03T08:00:00Z'), regionId: fx.otherRegion.id, action: 'south.only' });
  });
  afterAll(() => testApp.close());

  const search = async (query: string, caller = director): Promise<AuditEntryView[]> => {
    const response = await caller({ method: 'GET', url: `/api/audit${query}` });
    expect([query, response.statusCode]).toEqual([query, 200]);
    return itemsOf<AuditEntryView>(response);
  };

  it('records a write through the API with who, what, the field changes, the request id and the address', async () => {
    const response = await director({
      method: 'PATCH',
      url: `/api/agencies/${fx.agencies.c.id}`,
      payload: { version: fx.agencies.c.version, attributes: { prStaff: 9 } },
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(response.statusCode).toBe(200);
    const [latest] = await search(`?agencyId=${fx.agencies.c.id}&userId=${directorId}`);
    expect(latest).toMatchObject({
      action: 'agency.update',
      entity: 'agency',
      entityId: fx.agencies.c.id,
      userLogin: 'director',
      regionId: fx.region.id,
      requestId: 'trace-42',
      ip: '127.0.0.1',
      changes: [{ field: 'attributes', old: { prStaff: 3 }, new: { prStaff: 9 } }],
    });
  });

  it('filters by agency, cycle, action and dates, a bare `to` date including its whole day', async () => {
    expect((await search(`?agencyId=${fx.agencies.a.id}`)).map((e) => e.action)).toEqual(['old.a']);
    expect((await search(`?cycleId=${cycleId}`)).map((e) => e.action)).toEqual(['mid.b']);
    expect((await search('?action=mid.b')).map((e) => e.agencyId)).toEqual([fx.agencies.b.id]);
    expect((await search('?from=2026-03-01&to=2026-03-02')).map((e) => e.action)).toEqual(['mid.b', 'old.a']);
    expect((await search('?from=2026-03-02T00:00:00Z&to=2026-03-02T11:00:00Z')).map((e) => e.action)).toEqual(
      [],
    );
  });

  it("names each entry's agency, so a page needs no lookup of its own", async () => {
    const [withAgency] = await search(`?agencyId=${fx.agencies.a.id}`);
    expect([withAgency.action, withAgency.agencyName]).toEqual(['old.a', fx.agencies.a.name]);
    await entry({ action: 'late.none' });
    expect((await search('?action=late.none')).map((e) => e.agencyName)).toEqual([null]);
  });

  it("reads a bare date in the region's zone: 01:30 in Moscow on 5 March is that day, though UTC says the 4th", async () => {
    await entry({ at: new Date('2026-03-04T22:30:00Z'), action: 'late.moscow' });
    expect((await search('?from=2026-03-05&to=2026-03-05')).map((e) => e.action)).toEqual(['late.moscow']);
    expect((await search('?from=2026-03-04&to=2026-03-04')).map((e) => e.action)).toEqual([]);
    const vague = await director({ method: 'GET', url: '/api/audit?to=2026-03-04T23:00' });
    expect([vague.statusCode, vague.json().details]).toEqual([
      400,
      [expect.objectContaining({ field: 'to', code: 'time.offset_required' })],
    ]);
  });

  it('pages newest first with `before`', async () => {
    const all = await search('?limit=200');
    expect(all.length).toBeGreaterThanOrEqual(3);
    const ids = all.map((e) => BigInt(e.id));
    expect([...ids].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0))).toEqual(ids);
    const first = await search('?limit=2');
    const next = await search(`?limit=2&before=${first[1].id}`);
    expect([...first, ...next].map((e) => e.id)).toEqual(all.slice(0, 4).map((e) => e.id));
  });

  it('keeps each director to their own region and lets a national admin choose', async () => {
    expect((await search('?limit=200')).some((e) => e.action === 'south.only')).toBe(false);
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await search('', south)).map((e) => e.action)).toEqual(['south.only']);
    const foreign = await south({ method: 'GET', url: `/api/audit?regionId=${fx.region.id}` });
    expect([foreign.statusCode, foreign.json().params]).toEqual([404, { record: 'region' }]);
    const admin = await callerFor(testApp, fx.logins.admin);
    expect((await search(`?regionId=${fx.otherRegion.id}`, admin)).map((e) => e.action)).toEqual([
      'south.only',
    ]);
  });

  it('is closed to evaluators, viewers, agency editors and anonymous visitors', async () => {
    for (const login of [fx.logins.evaluator, fx.logins.viewer, fx.logins.editorA]) {
      const caller = await callerFor(testApp, login);
      expect([login, (await caller({ method: 'GET', url: '/api/audit' })).statusCode]).toEqual([login, 403]);
    }
    expect((await testApp.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('names the bad filter', async () => {
    const response = await director({ method: 'GET', url: '/api/audit?from=yesterday&before=x&limit=0' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.map((d: { field: string }) => d.field)).toEqual([
      'from',
      'before',
      'limit',
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself, to the API and to the schema owner alike', async () => {
    const [{ id }] = await ds.query(`SELECT max(id) AS id FROM audit_entry`);
    // The API's role holds no such privilege; see database/app-role.int-spec.ts.
    await expect(ds.query(`UPDATE audit_entry SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
      'permission denied for table audit_entry',
    );
    // The owner may, but the table's triggers refuse.
    const owner = new Client({ connectionString: testApp.database.ownerUrl });
    await owner.connect();
    try {
      await expect(
        owner.query(`UPDATE audit_entry SET action = 'forged' WHERE id = $1`, [id]),
      ).rejects.toThrow('audit_entry is append-only: UPDATE refused');
      await expect(owner.query(`DELETE FROM audit_entry WHERE id = $1`, [id])).rejects.toThrow(
        'audit_entry is append-only: DELETE refused',
      );
      await expect(owner.query(`TRUNCATE audit_entry`)).rejects.toThrow(
        'audit_entry is append-only: TRUNCATE refused',
      );
    } finally {
      await owner.end();
    }
    const [{ action }] = await ds.query(`SELECT action FROM audit_entry WHERE id = $1`, [id]);
    expect(action).not.toBe('forged');
  });
});
