import { ApiProcess, startApiProcess } from '../../test/support/api-process';
import { insertCycle, insertSubmission } from '../../test/support/cycle-fixtures';
import { PASSWORD, RegionFixture, seedRegions } from '../../test/support/fixtures';
import { createTestApp } from '../../test/support/test-app';
import { createTestDatabase, superuserClient, TestDatabase } from '../../test/support/test-database';
import { RESET_LIMIT_PER_ACCOUNT } from './auth/password-reset.service';
import { PAIR_FIRST_DELAY_SECONDS, PAIR_FREE_FAILURES } from './auth/sign-in-throttle';
import { CONNECTION_BUDGET } from './database/typeorm-options';

/** A change made through one instance must show on the other within this, with no cache left to expire. */
const SHOWS_WITHIN_MS = 3000;

interface Session {
  cookie: string;
  csrf: string;
}

/** One signed-in browser, whose requests a load balancer without sticky sessions may send to either instance. */
type Call = (via: ApiProcess, method: string, path: string, body?: unknown) => Promise<Response>;

function send(via: ApiProcess, method: string, path: string, body?: unknown, session?: Session) {
  return fetch(`${via.origin}/api${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(session ? { cookie: session.cookie, 'x-xsrf-token': session.csrf } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function signIn(via: ApiProcess, login: string, password = PASSWORD): Promise<Session> {
  const response = await send(via, 'POST', '/auth/login', { login, password });
  if (response.status !== 200) throw new Error(`sign-in of ${login} answered ${response.status}`);
  const sid = response.headers.getSetCookie().find((cookie) => cookie.startsWith('sid='));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: String(sid?.split(';')[0]), csrf: csrfToken };
}

const asSession =
  (session: Session): Call =>
  (via, method, path, body) =>
    send(via, method, path, body, session);

/** Asks `read` until it answers `expected`, for at most {@link SHOWS_WITHIN_MS}; returns the last answer. */
async function within<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + SHOWS_WITHIN_MS;
  let seen = await read();
  while (seen !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await read();
  }
  return seen;
}

describe('two API processes on one database, behind a balancer without sticky sessions', () => {
  let database: TestDatabase;
  let fx: RegionFixture;
  let cycleId: string;
  let one: ApiProcess;
  let two: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    const seeding = await createTestApp(database);
    fx = await seedRegions(seeding);
    const cycle = await insertCycle(seeding, {
      regionId: fx.region.id,
      name: '2026',
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    cycleId = cycle.id;
    for (const [agency, releases] of [
      [fx.agencies.a, 3],
      [fx.agencies.b, 5],
    ] as const)
      await insertSubmission(seeding, cycle.id, agency.id, 'approved', {
        'media.releases': releases,
        'media.quality': 4,
        'web.answered': 50,
      });
    await seeding.app.close();
    [one, two] = await Promise.all([startApiProcess(database), startApiProcess(database)]);
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await database?.drop();
  });

  it('serves a session made on one on the other, and signing out on either ends it on both', async () => {
    const viewer = asSession(await signIn(one, fx.logins.viewer));
    const me = (via: ApiProcess) => viewer(via, 'GET', '/auth/me').then((r) => r.status);
    expect([await me(one), await me(two)]).toEqual([200, 200]);
    expect(await (await viewer(two, 'GET', '/auth/me')).json()).toMatchObject({ login: fx.logins.viewer });

    expect((await viewer(two, 'POST', '/auth/logout')).status).toBe(204);
    expect([await me(one), await me(two)]).toEqual([401, 401]);
  });

  it('withdraws and re-serves the ranking on the other instance as soon as one publishes or re-opens', async () => {
    const director = asSession(await signIn(one, fx.logins.director));
    const ranking = (via: ApiProcess) => send(via, 'GET', `/cycles/${cycleId}/ranking`);
    const etagOn = (via: ApiProcess) =>
      ranking(via).then((r) => (r.ok ? String(r.headers.get('etag')) : `status ${r.status}`));
    expect(await etagOn(two)).toBe('status 404');

    expect((await director(one, 'POST', `/cycles/${cycleId}/publish`)).status).toBe(201);
    // A strong ETag of the bytes as sent: the same publication reads alike on both instances.
    const first = await etagOn(one);
    expect(first).toMatch(/^"[^"]+"$/);
    expect(await within(() => etagOn(two), first)).toBe(first);
    // Now from what that instance holds in memory: only the change feed can make it let go.
    expect(await etagOn(two)).toBe(first);

    const { version } = (await (await director(one, 'GET', `/cycles/${cycleId}`)).json()) as {
      version: number;
    };
    const reopened = await director(one, 'POST', `/cycles/${cycleId}/reopen`, {
      version,
      reason: 'Agency A reported a wrong value',
    });
    expect(reopened.status).toBe(200);
    expect(await within(() => etagOn(two), 'status 404')).toBe('status 404');

    expect((await director(two, 'POST', `/cycles/${cycleId}/publish`)).status).toBe(201);
    const second = await etagOn(two);
    expect(second).toMatch(/^"[^"]+"$/);
    expect(second).not.toBe(first);
    expect(await within(() => etagOn(one), second)).toBe(second);
    expect(await etagOn(two)).toBe(second);
    // Both instances name a publication alike, so a copy validated against one is still good on the other.
    const revalidated = await fetch(`${one.origin}/api/cycles/${cycleId}/ranking`, {
      headers: { 'if-none-match': second },
    });
    expect(revalidated.status).toBe(304);
  });

  it('locks a login out after failures split between the instances, counted as one', async () => {
    const wrong = (via: ApiProcess) =>
      send(via, 'POST', '/auth/login', { login: fx.logins.evaluator, password: 'not the password' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < PAIR_FREE_FAILURES; attempt++)
      statuses.push((await wrong(attempt % 2 ? two : one)).status);
    expect(statuses).toEqual(Array(PAIR_FREE_FAILURES).fill(401));

    // Each instance saw at most three failures of its own; together they are five, and the sixth waits.
    const sixth = await wrong(two);
    expect(sixth.status).toBe(429);
    expect(await sixth.json()).toMatchObject({ code: 'auth.throttled' });
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(PAIR_FIRST_DELAY_SECONDS - 5);
    const right = await send(one, 'POST', '/auth/login', { login: fx.logins.evaluator, password: PASSWORD });
    expect(right.status).toBe(429);
  });

  it('counts per-address limits across the instances', async () => {
    const request = (via: ApiProcess) =>
      send(via, 'POST', '/auth/password-reset', { loginOrEmail: 'nobody-here' }).then((r) => r.status);
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= RESET_LIMIT_PER_ACCOUNT.limit; attempt++)
      statuses.push(await request(attempt % 2 ? two : one));
    expect(statuses).toEqual([...Array(RESET_LIMIT_PER_ACCOUNT.limit).fill(202), 429]);
  });

  it('holds no more connections than its budget on each instance', async () => {
    const superuser = await superuserClient(database);
    try {
      const { rows } = await superuser.query<{ held: number }>(
        `SELECT count(*)::int AS held FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [database.name],
      );
      expect(rows[0].held).toBeGreaterThan(2);
      expect(rows[0].held).toBeLessThanOrEqual(2 * CONNECTION_BUDGET);
    } finally {
      await superuser.end();
    }
  });
});
