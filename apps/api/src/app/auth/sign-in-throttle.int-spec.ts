import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { PASSWORD, seedRegions, signIn } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import {
  ADDRESS_FAILURES_PER_WINDOW,
  PAIR_FIRST_DELAY_SECONDS,
  PAIR_FREE_FAILURES,
} from './sign-in-throttle';

/** Lock-out that cannot be turned against a stranger: failures count per login and address together. */
describe('sign-in throttle', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
    await seedRegions(testApp);
  }, 120_000);
  afterAll(() => testApp.close());

  const login = (login: string, password: string, remoteAddress: string) =>
    testApp.request({ method: 'POST', url: '/api/auth/login', payload: { login, password }, remoteAddress });
  const fail = async (who: string, remoteAddress: string, times = PAIR_FREE_FAILURES) => {
    for (let i = 0; i < times; i += 1)
      expect((await login(who, `wrong-${i}`, remoteAddress)).statusCode).toBe(401);
  };
  const answer = (r: LightMyRequestResponse) => ({
    status: r.statusCode,
    body: r.json(),
    retryAfter: r.headers['retry-after'],
  });
  /** As if `seconds` had passed since every recorded attempt. */
  const age = (seconds: number) =>
    testApp.app
      .get(DataSource)
      .query(`UPDATE login_attempt SET at = at - make_interval(secs => $1)`, [seconds]);

  it("lets nobody lock the director out from elsewhere: a stranger's failures pause only the stranger", async () => {
    await fail('director', '203.0.113.20');
    expect((await login('director', PASSWORD, '203.0.113.20')).statusCode).toBe(429);
    expect((await login('director', PASSWORD, '198.51.100.20')).statusCode).toBe(200);
  });

  /** The pause counts from the last failure, so a slow machine may already have used a few of its seconds. */
  const expectPause = (response: LightMyRequestResponse, seconds: number) => {
    const pause = Number(answer(response).retryAfter);
    expect(pause).toBeGreaterThan(seconds - 10);
    expect(pause).toBeLessThanOrEqual(seconds);
  };

  it('doubles the pause with every further failure, and a success at that address starts afresh', async () => {
    await fail('evaluator', '203.0.113.21');
    expectPause(await login('evaluator', PASSWORD, '203.0.113.21'), PAIR_FIRST_DELAY_SECONDS);
    await age(PAIR_FIRST_DELAY_SECONDS);
    expect((await login('evaluator', 'wrong again', '203.0.113.21')).statusCode).toBe(401);
    expectPause(await login('evaluator', PASSWORD, '203.0.113.21'), 2 * PAIR_FIRST_DELAY_SECONDS);
    await age(2 * PAIR_FIRST_DELAY_SECONDS);
    expect((await login('evaluator', PASSWORD, '203.0.113.21')).statusCode).toBe(200);
    expect((await login('evaluator', 'one typo', '203.0.113.21')).statusCode).toBe(401);
  });

  it('answers a throttled unknown login exactly as a throttled real one', async () => {
    await fail('viewer', '203.0.113.22');
    await fail('nobody-at-all', '203.0.113.22');
    const real = answer(await login('viewer', PASSWORD, '203.0.113.22'));
    const unknown = answer(await login('nobody-at-all', PASSWORD, '203.0.113.22'));
    // Retry-After (and the body's params and message that name it) counts down from each login's own last
    // failure, a second or so apart here, more on a busy machine.
    const withoutDelay = ({ status, body }: ReturnType<typeof answer>) => ({
      status,
      body: { ...body, params: { ...body['params'], retryAfter: undefined }, message: undefined },
    });
    expect(withoutDelay(real)).toEqual(withoutDelay(unknown));
    expect(real).toMatchObject({ status: 429, body: { code: 'auth.throttled' } });
    for (const { retryAfter } of [real, unknown])
      expect(Number(retryAfter)).toBeGreaterThan(PAIR_FIRST_DELAY_SECONDS - 10);
  });

  it('lets colleagues behind one busy office address sign in with the right password', async () => {
    const office = '203.0.113.23';
    for (let i = 0; i < ADDRESS_FAILURES_PER_WINDOW; i += 1)
      expect((await login(`sprayed-${i}`, 'Summer2026!', office)).statusCode).toBe(401);
    expect((await login('editor-a', PASSWORD, office)).statusCode).toBe(200);
    // Past the address limit a wrong password is answered as throttled, and that login then waits.
    expect(answer(await login('south-director', 'wrong', office))).toMatchObject({ status: 429 });
    expect((await login('south-director', PASSWORD, office)).statusCode).toBe(429);
  });

  it('throttles guesses of the current password on the change form like sign-in', async () => {
    const session = await signIn(testApp, 'editor-b');
    const change = (currentPassword: string) =>
      testApp.request({
        method: 'POST',
        url: '/api/auth/password',
        remoteAddress: '203.0.113.24',
        headers: { cookie: session.cookie, 'x-xsrf-token': session.csrf },
        payload: { currentPassword, newPassword: 'lantern orchard quietly' },
      });
    for (let i = 0; i < PAIR_FREE_FAILURES; i += 1) {
      const wrong = await change(`guess-${i}`);
      expect([wrong.statusCode, wrong.json().details]).toEqual([
        400,
        [{ field: 'currentPassword', code: 'field.wrong_password', problems: ['is wrong'] }],
      ]);
    }
    const paused = await change(PASSWORD);
    expect([paused.statusCode, paused.json().code]).toEqual([429, 'auth.throttled']);
    expect((await login('editor-b', PASSWORD, '203.0.113.24')).statusCode).toBe(429);
  });
});

/**
 * Behind a listed reverse proxy every client arrives from the proxy's address, so the throttle must count the
 * address the proxy names (`TRUST_PROXY`), or five wrong passwords anywhere would lock the account everywhere.
 */
describe('sign-in throttle behind a listed proxy', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(undefined, { TRUST_PROXY: '10.30.0.0/16' });
    await seedRegions(testApp);
  }, 120_000);
  afterAll(() => testApp.close());

  const viaProxy = (client: string, password: string) =>
    testApp.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'director', password },
      remoteAddress: '10.30.0.2',
      headers: { 'x-forwarded-for': client },
    });

  it('five wrong passwords from one client do not stop the right password from another', async () => {
    for (let i = 0; i < PAIR_FREE_FAILURES; i += 1)
      expect((await viaProxy('198.51.100.40', `wrong-${i}`)).statusCode).toBe(401);
    expect((await viaProxy('198.51.100.40', PASSWORD)).statusCode).toBe(429);
    expect((await viaProxy('198.51.100.41', PASSWORD)).statusCode).toBe(200);
  });
});
