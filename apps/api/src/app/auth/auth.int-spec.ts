import { createTestApp, TestApp } from '../../../test/support/test-app';
import { callerFor, PASSWORD, RegionFixture, seedRegions, signIn } from '../../../test/support/fixtures';
import {
  ADDRESS_FAILURES_PER_WINDOW,
  PAIR_FIRST_DELAY_SECONDS,
  PAIR_FREE_FAILURES,
} from './sign-in-throttle';

describe('sign-in and sessions', () => {
  let testApp: TestApp;
  let fixture: RegionFixture;

  beforeAll(async () => {
    testApp = await createTestApp();
    fixture = await seedRegions(testApp);
  });
  afterAll(() => testApp.close());

  const login = (body: object, ip = '10.0.0.1') =>
    testApp.request({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress: ip });

  it('signs in, sets an httpOnly SameSite session cookie and returns the user', async () => {
    const response = await login({ login: 'director', password: PASSWORD });
    expect(response.statusCode).toBe(200);
    const sid = response.cookies.find((c) => c.name === 'sid');
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({
      user: { login: 'director', role: 'director', regionId: fixture.region.id },
    });
  });

  it('gives the same answer for an unknown login and a wrong password', async () => {
    const unknown = await login({ login: 'nobody', password: 'whatever' });
    const wrong = await login({ login: 'viewer', password: 'wrong password' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json().code).toBe('auth.invalid_credentials');
  });

  it('names the missing field when the body is incomplete', async () => {
    const response = await login({ login: 'director' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('pauses a login at one address after repeated failures, even for the right password, and says when to retry', async () => {
    for (let i = 0; i < PAIR_FREE_FAILURES; i += 1) {
      expect((await login({ login: 'editor-b', password: `bad-${i}` }, '10.0.0.2')).statusCode).toBe(401);
    }
    const paused = await login({ login: 'editor-b', password: PASSWORD }, '10.0.0.2');
    expect([paused.statusCode, paused.json().code]).toEqual([429, 'auth.throttled']);
    // The pause counts from the last failure, so a busy machine may already have used a second or two of it.
    const retryAfter = Number(paused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(PAIR_FIRST_DELAY_SECONDS - 10);
    expect(retryAfter).toBeLessThanOrEqual(PAIR_FIRST_DELAY_SECONDS);
    expect(paused.json().params).toEqual({ retryAfter });
  });

  it('rate-limits an address that keeps failing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= ADDRESS_FAILURES_PER_WINDOW; i += 1)
      statuses.push((await login({ login: `ghost-${i}`, password: 'x' }, '10.0.0.3')).statusCode);
    expect(statuses.slice(0, ADDRESS_FAILURES_PER_WINDOW).every((s) => s === 401)).toBe(true);
    expect(statuses[ADDRESS_FAILURES_PER_WINDOW]).toBe(429);
  });

  it('answers 401 without a session and refuses a write without the CSRF token', async () => {
    expect((await testApp.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const session = await signIn(testApp, 'viewer');
    const noToken = await testApp.request({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: session.cookie },
      payload: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().message).toContain('CSRF');
  });

  it('changes a password, signs out other sessions and keeps this one', async () => {
    const other = await signIn(testApp, 'evaluator');
    const call = await callerFor(testApp, 'evaluator');
    const same = await call({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: PASSWORD },
    });
    expect(same.json()).toMatchObject({
      statusCode: 400,
      code: 'auth.password_unchanged',
      details: [{ field: 'newPassword', code: 'field.unchanged', params: { other: 'currentPassword' } }],
    });
    const changed = await call({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'evaluator new password' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await call({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect(
      (await testApp.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: other.cookie } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await login({ login: 'evaluator', password: 'evaluator new password' }, '10.0.0.4')).statusCode,
    ).toBe(200);
  });

  it("saves one's own language, and nothing else, on one's own account", async () => {
    const call = await callerFor(testApp, 'viewer');
    const before = (await call({ method: 'GET', url: '/api/auth/me' })).json();
    expect(before.locale).toBe('ru');
    const saved = await call({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'fa' } });
    expect([saved.statusCode, saved.json()]).toEqual([200, { ...before, locale: 'fa' }]);
    expect((await call({ method: 'GET', url: '/api/auth/me' })).json()).toEqual({ ...before, locale: 'fa' });
    const refused = await call({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'de' } });
    expect([refused.statusCode, refused.json().details[0].field]).toEqual([400, 'locale']);
    const sneaky = await call({
      method: 'PATCH',
      url: '/api/auth/me',
      payload: { locale: 'en', role: 'admin' },
    });
    expect(sneaky.statusCode).toBe(400);
    expect((await call({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({
      role: 'viewer',
      locale: 'fa',
    });
  });

  it('logs out', async () => {
    const session = await signIn(testApp, 'director');
    const headers = { cookie: session.cookie, 'x-xsrf-token': session.csrf };
    expect((await testApp.request({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(
      204,
    );
    expect((await testApp.request({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
  });
});
