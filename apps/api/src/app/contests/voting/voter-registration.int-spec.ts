import type { ContestView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { announceContest } from '../../../../test/support/contest-fixtures';
import { callerFor, PASSWORD, seedRegions, signIn } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { VOTER_REGISTRATIONS_PER_ADDRESS_PER_HOUR } from './voters.service';

const CHOSEN = 'lantern orchard quietly';

/** Anonymous registration to vote tells nobody which logins exist, and one address cannot flood it. */
describe('registration to vote', () => {
  let testApp: TestApp;
  let contest: ContestView;

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    const director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { en: 'Best press secretary' },
      series: 'registration',
    });
  }, 120_000);
  afterAll(() => testApp.close());

  const register = (login: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    testApp.request({
      method: 'POST',
      url: `/api/public/contests/${contest.id}/voters`,
      remoteAddress,
      headers,
      payload: {
        login,
        password: CHOSEN,
        displayName: 'Aliya Nurlanova',
        outlet: 'Zhetysu TV',
        mediaRole: 'reporter',
        workLink: 'https://zhetysu.tv/news/1',
        personalDataConsent: true,
      },
    });
  const votersOf = async (login: string) =>
    (
      (await testApp.app
        .get(DataSource)
        .query(
          `SELECT count(*)::int AS n FROM contest_voter v JOIN app_user u ON u.id = v.user_id WHERE u.login = $1`,
          [login],
        )) as { n: number }[]
    )[0].n;

  it('answers a taken login exactly as a free one, and leaves the owner of the taken one alone', async () => {
    const taken = await register('director', '203.0.113.30');
    const free = await register('a.nurlanova', '203.0.113.31');
    expect([taken.statusCode, taken.json()]).toEqual([free.statusCode, free.json()]);
    expect([free.statusCode, free.json()]).toEqual([202, { status: 'received' }]);
    expect(await votersOf('director')).toBe(0);
    await expect(signIn(testApp, 'director', PASSWORD)).resolves.toHaveProperty('csrf');
    await expect(signIn(testApp, 'director', CHOSEN)).rejects.toThrow(/failed: 401/);
    // The new voter signs in with what they chose and finds the registration on their ballot.
    const session = await signIn(testApp, 'a.nurlanova', CHOSEN);
    const ballot = await testApp.request({
      method: 'GET',
      url: `/api/contests/${contest.id}/ballot`,
      headers: { cookie: session.cookie },
    });
    expect(ballot.json().voter).toMatchObject({ status: 'pending', outlet: 'Zhetysu TV' });
    expect(await votersOf('a.nurlanova')).toBe(1);
  });

  it(`takes ${VOTER_REGISTRATIONS_PER_ADDRESS_PER_HOUR} anonymous registrations per address an hour, taken logins included`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= VOTER_REGISTRATIONS_PER_ADDRESS_PER_HOUR; i += 1) {
      const login = i % 2 ? 'viewer' : `newsroom-${i}`;
      statuses.push(
        (await register(login, '203.0.113.32', { 'x-forwarded-for': `198.51.100.${i}` })).statusCode,
      );
    }
    expect(statuses).toEqual([...Array(VOTER_REGISTRATIONS_PER_ADDRESS_PER_HOUR).fill(202), 429]);
    const refused = await register('newsroom-99', '203.0.113.32');
    expect([refused.statusCode, refused.json().code]).toEqual([429, 'request.too_many']);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
    expect((await register('newsroom-99', '203.0.113.33')).statusCode).toBe(202);
  });
});
