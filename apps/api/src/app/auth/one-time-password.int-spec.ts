import type { LoginResponse, SessionUser } from '@prgauge/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Caller } from '../../../test/support/fixtures';
import { routeTable, RouteInfo } from '../../../test/support/route-table';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { FirstAdminService } from '../users/first-admin.service';
import { BEFORE_PASSWORD_CHANGE } from './auth.guard';

// About 150 routes, twice: well under a minute.
jest.setTimeout(120_000);

const NEW_PASSWORD = 'lantern orchard quietly';
const key = (route: RouteInfo) => `${route.method} ${route.path}`;

/**
 * A one-time password (the first admin's, printed in the log; one an admin sets for an account) lets its
 * holder read who they are, sign out and change it, and nothing else, until they change it.
 */
describe('a one-time password', () => {
  let testApp: TestApp;
  let routes: RouteInfo[];
  let admin: { login: string; oneTimePassword: string };

  beforeAll(async () => {
    testApp = await createTestApp();
    const created = await testApp.app.get(FirstAdminService).ensure();
    if (!created?.oneTimePassword) throw new Error('expected a generated first-admin password');
    admin = { login: created.login, oneTimePassword: created.oneTimePassword };
    routes = routeTable(testApp.app);
  }, 120_000);
  afterAll(() => testApp.close());

  async function signIn(login: string, password: string): Promise<{ call: Caller; body: LoginResponse }> {
    const response = await testApp.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<LoginResponse>();
    const sid = response.cookies.find((c) => c.name === 'sid')?.value;
    const call: Caller = (options) =>
      testApp.request({
        ...options,
        headers: { ...(options.headers ?? {}), cookie: `sid=${sid}`, 'x-xsrf-token': body.csrfToken },
      });
    return { call, body };
  }

  /** The route with made-up ids in its path and an empty body: the guard answers before either is read. */
  const requestOf = (route: RouteInfo): InjectOptions => ({
    method: route.method,
    url: route.path.replace(/:\w+/g, () => randomUUID()),
    ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
  });
  const refusedForPassword = (response: LightMyRequestResponse) =>
    response.statusCode === 403 &&
    response.json<{ code?: string }>().code === 'auth.password_change_required';

  /** Every route of the table, signing out last; the keys of those that refuse for the one-time password. */
  async function blockedRoutes(call: Caller): Promise<string[]> {
    const ordered = [...routes].sort(
      (a, b) => Number(key(a) === 'POST /api/auth/logout') - Number(key(b) === 'POST /api/auth/logout'),
    );
    const blocked: string[] = [];
    for (const route of ordered)
      if (refusedForPassword(await call(requestOf(route)))) blocked.push(key(route));
    return blocked.sort();
  }

  it('blocks every route but the public ones, reading oneself, signing out and changing it; then lifts', async () => {
    const first = await signIn(admin.login, admin.oneTimePassword);
    expect(first.body.user.passwordChangeRequired).toBe(true);
    const me = await first.call({ method: 'GET', url: '/api/auth/me' });
    expect(me.json<SessionUser>()).toMatchObject({ login: admin.login, passwordChangeRequired: true });

    const open = routes.filter(
      (route) => route.isPublic || (route.action !== undefined && BEFORE_PASSWORD_CHANGE.has(route.action)),
    );
    expect(open.map(key)).toEqual(
      expect.arrayContaining(['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password']),
    );
    const expected = routes
      .filter((route) => !open.includes(route))
      .map(key)
      .sort();
    expect(expected.length).toBeGreaterThan(100);
    expect(await blockedRoutes(first.call)).toEqual(expected);

    // Signing out was walked last; a new session is just as blocked, and changes the password.
    const second = await signIn(admin.login, admin.oneTimePassword);
    const refused = await second.call({ method: 'GET', url: '/api/regions' });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'auth.password_change_required']);
    const changed = await second.call({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: admin.oneTimePassword, newPassword: NEW_PASSWORD },
    });
    expect(changed.statusCode).toBe(204);
    const after = await second.call({ method: 'GET', url: '/api/auth/me' });
    expect(after.json<SessionUser>().passwordChangeRequired).toBe(false);
    expect(await blockedRoutes(second.call)).toEqual([]);
  });

  it('comes with an account an admin creates and with a reset, and goes with its owner’s change', async () => {
    const { call } = await signIn(admin.login, NEW_PASSWORD);
    const region = await call({
      method: 'POST',
      url: '/api/regions',
      payload: { code: 'east', name: { en: 'East' } },
    });
    expect(region.statusCode).toBe(201);
    const created = await call({
      method: 'POST',
      url: '/api/users',
      payload: {
        login: 'east-director',
        displayName: 'East director',
        role: 'director',
        regionId: region.json<{ id: string }>().id,
        password: 'given by the admin once',
      },
    });
    expect(created.json()).toMatchObject({ passwordChangeRequired: true });
    const director = await signIn('east-director', 'given by the admin once');
    expect(director.body.user.passwordChangeRequired).toBe(true);
    expect(
      (
        await director.call({
          method: 'POST',
          url: '/api/auth/password',
          payload: { currentPassword: 'given by the admin once', newPassword: 'chosen by the director' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await director.call({ method: 'GET', url: '/api/cycles' })).statusCode).toBe(200);

    const reset = await call({
      method: 'POST',
      url: `/api/users/${created.json<{ id: string }>().id}/password`,
      payload: { password: 'reset by the admin now' },
    });
    expect(reset.statusCode).toBe(204);
    const again = await signIn('east-director', 'reset by the admin now');
    expect(again.body.user.passwordChangeRequired).toBe(true);
    const refused = await again.call({ method: 'GET', url: '/api/cycles' });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'auth.password_change_required']);
  });
});
