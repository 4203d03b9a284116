import type { AccountView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import {
  Caller,
  callerFor,
  PASSWORD,
  RegionFixture,
  seedRegions,
  signIn,
} from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { User } from './user.entity';
import { itemsOf } from '../../../test/support/pages';

describe('account management', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let ds: DataSource;
  let admin: Caller;
  let director: Caller;

  const idOf = async (login: string) => (await ds.getRepository(User).findOneByOrFail({ login })).id;
  const account = async (login: string): Promise<AccountView> =>
    itemsOf<AccountView>(await admin({ method: 'GET', url: '/api/users' })).find(
      (a) => a.login === login,
    ) as AccountView;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    ds = testApp.app.get(DataSource);
    admin = await callerFor(testApp, fx.logins.admin);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  it('lists the accounts of the director’s own region, and every account for a national admin', async () => {
    const own = itemsOf<AccountView>(await director({ method: 'GET', url: '/api/users' }));
    expect(own.map((a) => a.login)).toEqual(['director', 'editor-a', 'editor-b', 'evaluator', 'viewer']);
    expect(JSON.stringify(own)).not.toContain('passwordHash');
    const all = itemsOf<AccountView>(await admin({ method: 'GET', url: '/api/users' }));
    expect(all).toHaveLength(7);
    const south = itemsOf<AccountView>(
      await admin({ method: 'GET', url: `/api/users?regionId=${fx.otherRegion.id}` }),
    );
    expect(south.map((a) => a.login)).toEqual(['south-director']);
  });

  it('reads one account by id, within the region for a director, naming its agency as list rows do', async () => {
    const editorId = await idOf('editor-a');
    const own = await director({ method: 'GET', url: `/api/users/${editorId}` });
    expect([own.statusCode, own.json().login, own.json().passwordHash]).toEqual([200, 'editor-a', undefined]);
    expect([own.json().agencyName, (await account('editor-a')).agencyName]).toEqual([
      fx.agencies.a.name,
      fx.agencies.a.name,
    ]);
    expect((await account('director')).agencyName).toBeNull();
    const southId = await idOf('south-director');
    const foreign = await director({ method: 'GET', url: `/api/users/${southId}` });
    expect([foreign.statusCode, foreign.json().params]).toEqual([404, { record: 'user' }]);
    const national = await director({ method: 'GET', url: `/api/users/${await idOf('admin')}` });
    expect(national.statusCode).toBe(404);
    expect((await admin({ method: 'GET', url: `/api/users/${southId}` })).json().login).toBe(
      'south-director',
    );
    const malformed = await admin({ method: 'GET', url: '/api/users/not-an-id' });
    expect([malformed.statusCode, malformed.json().details?.[0]?.field]).toEqual([400, 'userId']);
  });

  it('lets a national admin create a director of a region, checking that the region exists', async () => {
    const payload = {
      login: 'south.deputy',
      displayName: 'Deputy',
      role: 'director',
      password: 'long enough password',
    };
    const noRegion = await admin({ method: 'POST', url: '/api/users', payload });
    expect(noRegion.json().details).toEqual([
      { code: 'field.required', field: 'regionId', problems: ['is required for this role'] },
    ]);
    const unknown = await admin({
      method: 'POST',
      url: '/api/users',
      payload: { ...payload, regionId: '00000000-0000-4000-8000-000000000000' },
    });
    expect([unknown.statusCode, unknown.json().details]).toEqual([
      400,
      [
        {
          code: 'field.unknown_reference',
          field: 'regionId',
          params: { value: '00000000-0000-4000-8000-000000000000' },
          problems: ['is not a known region'],
        },
      ],
    ]);
    const created = await admin({
      method: 'POST',
      url: '/api/users',
      payload: { ...payload, regionId: fx.otherRegion.id },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      role: 'director',
      regionId: fx.otherRegion.id,
      agencyId: null,
      active: true,
    });
    const taken = await admin({
      method: 'POST',
      url: '/api/users',
      payload: { ...payload, regionId: fx.otherRegion.id },
    });
    expect(taken.json()).toMatchObject({
      statusCode: 409,
      code: 'record.taken',
      params: { field: 'login', value: 'south.deputy' },
    });
  });

  it('keeps agency editors in an agency of the same region', async () => {
    const payload = {
      login: 'press.d',
      displayName: 'Press D',
      role: 'agency_editor',
      agencyId: fx.agencies.foreign.id,
      password: 'long enough password',
    };
    const foreignAgency = await director({ method: 'POST', url: '/api/users', payload });
    expect(foreignAgency.json().details).toEqual([
      {
        code: 'field.unknown_reference',
        field: 'agencyId',
        params: { value: fx.agencies.foreign.id, regionId: fx.region.id },
        problems: ['is not an agency of this region'],
      },
    ]);
    const foreignRegion = await director({
      method: 'POST',
      url: '/api/users',
      payload: { ...payload, role: 'viewer', agencyId: undefined, regionId: fx.otherRegion.id },
    });
    expect(foreignRegion.json().details).toEqual([
      {
        code: 'field.own_region_only',
        field: 'regionId',
        params: { allowed: fx.region.id },
        problems: ['must be your own region'],
      },
    ]);
    const evaluatorWithAgency = await director({
      method: 'POST',
      url: '/api/users',
      payload: { ...payload, role: 'evaluator', agencyId: fx.agencies.a.id },
    });
    expect(evaluatorWithAgency.json().details).toEqual([
      { code: 'field.not_allowed', field: 'agencyId', problems: ['is only for agency editors'] },
    ]);
  });

  it('changes a role with optimistic locking and signs the account out', async () => {
    const viewer = await account(fx.logins.viewer);
    const viewerSession = await callerFor(testApp, fx.logins.viewer);
    const promoted = await director({
      method: 'PATCH',
      url: `/api/users/${viewer.id}`,
      payload: { version: viewer.version, role: 'agency_editor', agencyId: fx.agencies.c.id },
    });
    expect(promoted.json()).toMatchObject({
      role: 'agency_editor',
      agencyId: fx.agencies.c.id,
      version: viewer.version + 1,
    });
    expect((await viewerSession({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const stale = await director({
      method: 'PATCH',
      url: `/api/users/${viewer.id}`,
      payload: { version: viewer.version, displayName: 'Stale' },
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'record.stale_version']);
    expect(stale.json().current).toMatchObject({ role: 'agency_editor', version: viewer.version + 1 });
    const back = await director({
      method: 'PATCH',
      url: `/api/users/${viewer.id}`,
      payload: { version: viewer.version + 1, role: 'viewer' },
    });
    expect(back.json()).toMatchObject({ role: 'viewer', agencyId: null });
    const [entry] = await ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'user.update' AND entity_id = $1 ORDER BY id LIMIT 1`,
      [viewer.id],
    );
    expect(entry.changes).toEqual([
      { field: 'role', old: 'viewer', new: 'agency_editor' },
      { field: 'agencyId', old: null, new: fx.agencies.c.id },
    ]);
  });

  it('never lets a director see or touch admins or another region’s accounts, nor make an admin', async () => {
    for (const login of [fx.logins.admin, fx.logins.foreignDirector]) {
      const id = await idOf(login);
      const update = await director({
        method: 'PATCH',
        url: `/api/users/${id}`,
        payload: { version: 1, active: false },
      });
      const reset = await director({
        method: 'POST',
        url: `/api/users/${id}/password`,
        payload: { password: 'taken over password' },
      });
      expect([login, update.statusCode, reset.statusCode, update.json().code]).toEqual([
        login,
        404,
        404,
        'record.not_found',
      ]);
    }
    const evaluator = await account(fx.logins.evaluator);
    const promote = await director({
      method: 'PATCH',
      url: `/api/users/${evaluator.id}`,
      payload: { version: evaluator.version, role: 'admin' },
    });
    expect([promote.statusCode, promote.json().code]).toEqual([403, 'account.admin_by_admin_only']);
    expect((await account(fx.logins.evaluator)).role).toBe('evaluator');
  });

  it('refuses to deactivate or re-role your own account', async () => {
    const own = await account(fx.logins.director);
    const response = await director({
      method: 'PATCH',
      url: `/api/users/${own.id}`,
      payload: { version: own.version, active: false },
    });
    expect(response.json()).toMatchObject({
      statusCode: 409,
      code: 'account.own_scope',
      message: 'You cannot deactivate your own account or change its role',
    });
  });

  it('resets a password: the old one and the old sessions stop working, the new one signs in', async () => {
    const editorSession = await callerFor(testApp, fx.logins.editorB);
    const id = await idOf(fx.logins.editorB);
    const reset = await director({
      method: 'POST',
      url: `/api/users/${id}/password`,
      payload: { password: 'a brand new password' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await editorSession({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(signIn(testApp, fx.logins.editorB, PASSWORD)).rejects.toThrow(/failed: 401/);
    await expect(signIn(testApp, fx.logins.editorB, 'a brand new password')).resolves.toHaveProperty('csrf');
    const short = await director({
      method: 'POST',
      url: `/api/users/${id}/password`,
      payload: { password: 'short' },
    });
    expect(short.json().details).toEqual([
      {
        code: 'field.too_short',
        field: 'password',
        params: { min: 12 },
        problems: ['password must be at least 12 characters'],
      },
    ]);
  });

  it('deactivates an account: its sessions end and it cannot sign in', async () => {
    const evaluatorSession = await callerFor(testApp, fx.logins.evaluator);
    const evaluator = await account(fx.logins.evaluator);
    const response = await director({
      method: 'PATCH',
      url: `/api/users/${evaluator.id}`,
      payload: { version: evaluator.version, active: false },
    });
    expect(response.json()).toMatchObject({ active: false });
    expect((await evaluatorSession({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(signIn(testApp, fx.logins.evaluator)).rejects.toThrow(/failed: 401/);
  });

  it('is closed to everyone but directors and admins', async () => {
    for (const login of [fx.logins.viewer, fx.logins.editorA]) {
      const caller = await callerFor(testApp, login);
      expect([login, (await caller({ method: 'GET', url: '/api/users' })).statusCode]).toEqual([login, 403]);
    }
  });

  it('keeps an address on each account, shared or not, set by managers and by each person for their own', async () => {
    const payload = {
      login: 'press.north',
      displayName: 'Press service',
      role: 'viewer',
      password: 'long enough password',
    };
    const create = (extra: object) =>
      director({ method: 'POST', url: '/api/users', payload: { ...payload, ...extra } });
    const field = (r: { statusCode: number; json(): { details: { field: string; code: string }[] } }) => [
      r.statusCode,
      r.json().details.map((d) => `${d.field} ${d.code}`),
    ];
    expect(field(await create({ email: 'press at north' }))).toEqual([400, ['email field.format']]);
    // RFC 5321 allows a quoted local part with a space; mail servers and the column's check do not.
    expect(field(await create({ email: '"press office"@north.example' }))).toEqual([
      400,
      ['email field.format'],
    ]);
    const first = await create({ email: 'Press@North.example' });
    expect([first.statusCode, first.json().email]).toEqual([201, 'Press@North.example']);
    // A press service's shared mailbox: two accounts, one address.
    const second = await create({ login: 'press.north.deputy', email: 'press@north.example' });
    expect([second.statusCode, second.json().email]).toEqual([201, 'press@north.example']);
    const listed = itemsOf<AccountView>(await director({ method: 'GET', url: '/api/users?search=press' }));
    expect(listed.map((a) => [a.login, a.email])).toEqual([
      ['press.north', 'Press@North.example'],
      ['press.north.deputy', 'press@north.example'],
    ]);

    const { id, version } = second.json() as AccountView;
    const edit = (email: unknown, v = version) =>
      director({ method: 'PATCH', url: `/api/users/${id}`, payload: { version: v, email } });
    expect(field(await edit('nobody@'))).toEqual([400, ['email field.format']]);
    const cleared = await edit(null);
    expect([cleared.statusCode, cleared.json().email]).toEqual([200, null]);
    expect((await edit('deputy@north.example', cleared.json().version)).json().email).toBe(
      'deputy@north.example',
    );

    const own = (email: unknown) => director({ method: 'PATCH', url: '/api/auth/me', payload: { email } });
    expect(field(await own('director'))).toEqual([400, ['email field.format']]);
    expect(field(await own('"chief editor"@north.example'))).toEqual([400, ['email field.format']]);
    expect((await own('chief@north.example')).json()).toMatchObject({
      login: fx.logins.director,
      email: 'chief@north.example',
    });
    expect((await director({ method: 'GET', url: '/api/auth/me' })).json().email).toBe('chief@north.example');
    const [trace] = await ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'user.update' AND user_login = $1 ORDER BY at DESC LIMIT 1`,
      [fx.logins.director],
    );
    expect(trace.changes).toEqual([
      { field: 'email', old: 'director@prgauge.example', new: 'chief@north.example' },
    ]);
  });
});
