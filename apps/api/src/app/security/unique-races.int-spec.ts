import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { Caller, callerFor } from '../../../test/support/fixtures';
import { seedRouteVictim } from '../../../test/support/route-victim';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { UNIQUE_KEY_FIELDS } from '../common/unique-violation';

const TIMES = 20;

/**
 * Twenty simultaneous creations of a record with the same unique value: one is created, every other one is
 * told which field is taken (or, for voter registration, answered alike), and nothing fails on our side.
 */
describe('unique keys under simultaneous creation', () => {
  let testApp: TestApp;
  let director: Caller;
  let contestId: string;
  let count: (sql: string, value: string) => Promise<number>;

  beforeAll(async () => {
    testApp = await createTestApp();
    ({
      params: { contestId },
    } = await seedRouteVictim(testApp));
    director = await callerFor(testApp, 'director');
    const ds = testApp.app.get(DataSource);
    count = async (sql, value) => Number((await ds.query(sql, [value]))[0].count);
  });
  afterAll(() => testApp.close());

  /** The statuses, sorted, and the distinct refusals (code and details) of the 409s. */
  async function race(send: (i: number) => Promise<LightMyRequestResponse>) {
    const responses = await Promise.all(Array.from({ length: TIMES }, (_, i) => send(i)));
    const refusals = responses
      .filter((r) => r.statusCode === 409)
      .map((r) => {
        // The value taken is named when the service saw it, and not when the unique index caught the race.
        const { code, details } = r.json() as { code: string; details: { params?: unknown }[] };
        return JSON.stringify({ code, details: details.map(({ params: _, ...detail }) => detail) });
      });
    return { statuses: responses.map((r) => r.statusCode).sort(), refusals: [...new Set(refusals)] };
  }

  const once = [201, ...Array<number>(TIMES - 1).fill(409)];
  const taken = (field: string) => [
    JSON.stringify({
      code: 'record.taken',
      details: [{ field, code: 'field.taken', problems: ['is taken'] }],
    }),
  ];

  it('creates one agency with a code and tells the others the code is taken', async () => {
    const result = await race(() =>
      director({ method: 'POST', url: '/api/agencies', payload: { code: 'RACE', name: { en: 'Race' } } }),
    );
    expect(result).toEqual({ statuses: once, refusals: taken('code') });
    expect(await count(`SELECT count(*) FROM agency WHERE code = $1`, 'RACE')).toBe(1);
  });

  it('creates one account with a login and tells the others the login is taken', async () => {
    const result = await race(() =>
      director({
        method: 'POST',
        url: '/api/users',
        payload: {
          login: 'race.user',
          displayName: 'Race',
          role: 'viewer',
          password: 'long enough password',
        },
      }),
    );
    expect(result).toEqual({ statuses: once, refusals: taken('login') });
    expect(await count(`SELECT count(*) FROM app_user WHERE login = $1`, 'race.user')).toBe(1);
  });

  it('creates one training topic with a code and tells the others the code is taken', async () => {
    const result = await race(() =>
      director({
        method: 'POST',
        url: '/api/training/topics',
        payload: { code: 'race_topic', name: { en: 'Race' } },
      }),
    );
    expect(result).toEqual({ statuses: once, refusals: taken('code') });
    expect(await count(`SELECT count(*) FROM training_topic WHERE code = $1`, 'race_topic')).toBe(1);
  });

  it('registers one voter account with a login, answering every one of the twenty alike', async () => {
    // Registration must not tell which logins exist, so a taken login gets the same receipt, not a 409.
    // From twenty addresses, so that the limit per address does not decide instead of the unique key.
    const responses = await Promise.all(
      Array.from({ length: TIMES }, (_, i) =>
        testApp.request({
          method: 'POST',
          url: `/api/public/contests/${contestId}/voters`,
          remoteAddress: `198.51.100.${i + 1}`,
          payload: {
            login: 'race.voter',
            password: 'a long and unusual voter passphrase',
            displayName: 'Race voter',
            outlet: 'Outlet',
            mediaRole: 'blogger',
            workLink: 'https://example.org/post',
            personalDataConsent: true,
          },
        } satisfies InjectOptions),
      ),
    );
    expect(new Set(responses.map((r) => `${r.statusCode} ${r.body}`)).size).toBe(1);
    expect(responses[0].statusCode).toBeLessThan(300);
    expect(await count(`SELECT count(*) FROM app_user WHERE login = $1`, 'race.voter')).toBe(1);
    expect(
      await count(
        `SELECT count(*) FROM contest_voter v JOIN app_user u ON u.id = v.user_id WHERE u.login = $1`,
        'race.voter',
      ),
    ).toBe(1);
  });

  it('names the field of every unique key in the schema', async () => {
    const keys: { name: string }[] = await testApp.app.get(DataSource).query(`
      SELECT c.conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = 'public' AND c.contype = 'u'
      UNION
      SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_namespace n ON n.oid = i.relnamespace
       WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`);
    expect(keys.map((k) => k.name).sort()).toEqual(Object.keys(UNIQUE_KEY_FIELDS).sort());
  });
});
