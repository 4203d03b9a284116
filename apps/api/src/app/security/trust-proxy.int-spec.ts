import type { ContestView, NominationView, VoteAnomaly } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { announceContest, seedContestVictim } from '../../../test/support/contest-fixtures';
import {
  Caller,
  callerFor,
  PASSWORD,
  RegionFixture,
  seedRegions,
  signIn,
} from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { ADDRESS_FAILURES_PER_WINDOW } from '../auth/sign-in-throttle';
import { PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR } from '../contests/applications/public-applications.service';
import { hashAddress, VOTES_PER_ADDRESS_PER_MINUTE } from '../contests/voting/votes.service';

/** A different forged client address on every call. */
const forged = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i % 250}, 192.0.2.${i % 250}` });

const signInFrom = (
  testApp: TestApp,
  remoteAddress: string,
  headers: Record<string, string>,
  login: string,
) =>
  testApp.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login, password: 'not the password' },
    remoteAddress,
    headers,
  });

/** The address the audit wrote for the last password change. */
async function auditedAddress(testApp: TestApp): Promise<string> {
  const [row] = (await testApp.app
    .get(DataSource)
    .query(`SELECT ip FROM audit_entry WHERE action = 'password.change' ORDER BY at DESC LIMIT 1`)) as {
    ip: string;
  }[];
  return row.ip;
}

/** Changes the viewer's password from `remoteAddress` with the given headers, and back again. */
async function changePasswordFrom(testApp: TestApp, remoteAddress: string, headers: Record<string, string>) {
  const session = await signIn(testApp, 'viewer');
  const r = await testApp.request({
    method: 'POST',
    url: '/api/auth/password',
    headers: { ...headers, cookie: session.cookie, 'x-xsrf-token': session.csrf },
    remoteAddress,
    payload: { currentPassword: PASSWORD, newPassword: 'lantern orchard quietly' },
  });
  expect(r.statusCode).toBe(204);
  await testApp.app.get(DataSource)
    .query(`UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE login = 'director')
             WHERE login = 'viewer'`);
}

describe('client addresses with TRUST_PROXY unset', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  }, 120_000);
  afterAll(() => testApp.close());

  it('reaches the sign-in throttle within 40 failures however X-Forwarded-For rotates', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1)
      statuses.push((await signInFrom(testApp, '203.0.113.10', forged(i), `ghost-${i}`)).statusCode);
    expect(statuses.indexOf(429)).toBe(ADDRESS_FAILURES_PER_WINDOW);
  });

  it('keeps the public application limit per connection address', async () => {
    const contest: ContestView = await announceContest(director, {
      title: { en: 'Press secretary of the year' },
      series: 'forwarded-for',
    });
    const nominated = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: { name: { en: 'Project of the year' }, scoringMode: 'vote' },
    });
    const nominationId = (nominated.json() as NominationView).id;
    const statuses: number[] = [];
    for (let i = 0; i <= PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR; i += 1) {
      const r = await testApp.request({
        method: 'POST',
        url: `/api/public/contests/${contest.id}/applications`,
        remoteAddress: '203.0.113.11',
        headers: forged(i),
        payload: {
          candidateName: `Candidate ${i}`,
          candidatePosition: 'Press secretary',
          candidateOrganisation: 'Heat supply company',
          nominationIds: [nominationId],
          projectTitle: 'Live broadcasts',
          description: 'Every repair streamed live.',
          contactEmail: `candidate${i}@example.kz`,
          personalDataConsent: true,
        },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR);
    expect(statuses.at(-1)).toBe(429);
  });

  it('keeps the per-address vote limit and the burst report on the connection address', async () => {
    const ids = await seedContestVictim(testApp, fx);
    const ds = testApp.app.get(DataSource);
    await ds.query(`UPDATE contest_voter SET status = 'verified' WHERE id = $1`, [ids.voterId]);
    // Earlier votes from the same real address, by other voters, within the last minute.
    await ds.query(
      `WITH u AS (
         INSERT INTO app_user (login, display_name, name_search, password_hash, role, region_id, locale, active)
         SELECT 'bulk-voter-' || g, 'Bulk voter ' || g, 'bulkvoter' || g, 'x', 'journalist', $1, 'ru', true
           FROM generate_series(1, $5::int) g RETURNING id
       ), v AS (
         INSERT INTO contest_voter (contest_id, user_id, outlet, media_role, work_link, status)
         SELECT $2, id, 'Outlet', 'reporter', 'https://outlet.example/1', 'verified' FROM u RETURNING id
       )
       INSERT INTO contest_vote (nomination_id, application_id, voter_id, ip_hash)
       SELECT $3, $4, id, $6 FROM v`,
      [
        fx.region.id,
        ids.contestId,
        ids.nominationId,
        ids.applicationId,
        VOTES_PER_ADDRESS_PER_MINUTE,
        hashAddress('203.0.113.12'),
      ],
    );
    const session = await signIn(testApp, 'journalist');
    const vote = await testApp.request({
      method: 'POST',
      url: `/api/nominations/${ids.nominationId}/votes`,
      remoteAddress: '203.0.113.12',
      headers: { ...forged(7), cookie: session.cookie, 'x-xsrf-token': session.csrf },
      payload: { applicationId: ids.applicationId },
    });
    expect(vote.statusCode).toBe(429);
    const report = await director({ method: 'GET', url: `/api/contests/${ids.contestId}/vote-anomalies` });
    expect((report.json() as VoteAnomaly[]).filter((a) => a.kind === 'address')).toEqual([
      expect.objectContaining({
        key: hashAddress('203.0.113.12').slice(0, 12),
        votes: VOTES_PER_ADDRESS_PER_MINUTE,
      }),
    ]);
  });

  it('writes the connection address into the audit, not a forged one', async () => {
    await changePasswordFrom(testApp, '203.0.113.13', forged(3));
    expect(await auditedAddress(testApp)).toBe('203.0.113.13');
  });
});

describe('client addresses behind listed proxies', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(undefined, { TRUST_PROXY: '10.20.0.0/16, ::1' });
    await seedRegions(testApp);
  }, 120_000);
  afterAll(() => testApp.close());

  it('takes the client address from X-Forwarded-For sent by a listed IPv4 or IPv6 proxy', async () => {
    await changePasswordFrom(testApp, '10.20.3.4', { 'x-forwarded-for': '198.51.100.77' });
    expect(await auditedAddress(testApp)).toBe('198.51.100.77');
    await changePasswordFrom(testApp, '::1', { 'x-forwarded-for': '2001:db8::7' });
    expect(await auditedAddress(testApp)).toBe('2001:db8::7');
  });

  it('ignores X-Forwarded-For from anyone else, and what a client put before the proxy’s own entry', async () => {
    await changePasswordFrom(testApp, '10.21.0.1', { 'x-forwarded-for': '198.51.100.78' });
    expect(await auditedAddress(testApp)).toBe('10.21.0.1');
    await changePasswordFrom(testApp, '10.20.3.4', { 'x-forwarded-for': '192.0.2.99, 198.51.100.79' });
    expect(await auditedAddress(testApp)).toBe('198.51.100.79');
  });

  it('throttles each client behind the proxy apart', async () => {
    const behind = (client: string, i: number) =>
      signInFrom(testApp, '10.20.3.4', { 'x-forwarded-for': client }, `ghost-${i}`);
    for (let i = 0; i < ADDRESS_FAILURES_PER_WINDOW; i += 1) await behind('198.51.100.80', i);
    expect((await behind('198.51.100.80', 99)).statusCode).toBe(429);
    expect((await behind('198.51.100.81', 99)).statusCode).toBe(401);
  });
});
