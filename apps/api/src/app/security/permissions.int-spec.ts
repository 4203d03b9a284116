import type { SessionUser } from '@prgauge/contracts';
import { ACTIONS, can, decide, type Action, type Decision, type ResourceScope } from '@prgauge/permissions';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { Caller, callerFor, PASSWORD, RegionFixture } from '../../../test/support/fixtures';
import { multipartBody } from '../../../test/support/multipart';
import { seedWalkAccounts, WalkAccount } from '../../../test/support/permission-accounts';
import { validBodies } from '../../../test/support/route-bodies';
import { routeTable, RouteInfo } from '../../../test/support/route-table';
import { seedRouteVictim } from '../../../test/support/route-victim';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import {
  DESTRUCTIVE_ROUTES,
  freshTarget,
  prepareWalkVictim,
  WALK_FRAMEWORK,
} from '../../../test/support/walk-victims';
import { demoPdf } from '../../demo/demo-files';
import { toSessionUser } from '../auth/session.service';
import { User } from '../users/user.entity';
import { expectedAnswer, PREVIEWED_BY, WALK_COLUMNS, type Answer } from './permissions.expected';

// About 150 routes × 20 callers, one request each: one to two minutes on a busy 2-core machine.
jest.setTimeout(300_000);

/**
 * What the API's answer means for access. 401, 403 and 404 are refusals; anything else got past every access
 * check: a 2xx, or a refusal of the record's own business rules, such as 400 (not valid for this record), 409
 * (wrong state, stale version, taken) or 429 (too many from one address).
 */
function answerOf(response: LightMyRequestResponse): Answer | string {
  const status = response.statusCode;
  if (status >= 500) return `server error ${status}: ${response.body.slice(0, 200)}`;
  if (status === 401 || status === 403 || status === 404) return String(status) as Answer;
  return 'ok';
}

const ANSWER_OF: Record<Decision, Answer> = {
  allowed: 'ok',
  unauthenticated: '401',
  forbidden: '403',
  not_found: '404',
};

/** Route parameters that name the record a route acts on, most specific first. */
const RECORD_PARAMS = [
  'jobId',
  'mailId',
  'attachmentId',
  'applicationId',
  'voterId',
  'evidenceId',
  'submissionId',
  'attendanceId',
  'personId',
  'eventId',
  'topicId',
  'programmeId',
  'memberId',
  'committeeId',
  'nominationId',
  'contestId',
  'groupId',
  'agencyId',
  'userId',
  'regionId',
  'cycleId',
] as const;

/**
 * Every route, as every role, from every standing towards the route victim (agency A's records in the north
 * region): one request each, and the shared permissions map asked the same question. Both must give the answer
 * of the table in `permissions.expected.ts`.
 */
describe('permissions: every route × role × standing, in the map and in the API', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let routes: RouteInfo[];
  let params: Record<string, string>;
  let accounts: WalkAccount[];
  let users: Map<string, SessionUser>;
  let callers: Map<string, Caller>;
  let owners: { editorA: string; journalist: string };

  beforeAll(async () => {
    testApp = await createTestApp();
    const seeded = await seedRouteVictim(testApp);
    fx = seeded.fx;
    const ds = testApp.app.get(DataSource);
    // Account routes act on an account nobody signs in with, so that no caller loses its session on the way.
    const target = await ds.getRepository(User).save({
      login: 'victim-account',
      displayName: 'Victim account',
      passwordHash: 'x',
      role: 'viewer',
      regionId: fx.region.id,
      agencyId: null,
      locale: 'en',
      active: true,
    });
    params = { ...seeded.params, userId: target.id };
    params = { ...params, ...(await prepareWalkVictim(testApp, fx, params)) };
    accounts = await seedWalkAccounts(testApp, fx, { committeeId: params['committeeId'] });
    const byLogin = (login: string) => ds.getRepository(User).findOneByOrFail({ login });
    owners = { editorA: (await byLogin(fx.logins.editorA)).id, journalist: (await byLogin('journalist')).id };
    users = new Map();
    callers = new Map();
    for (const account of accounts) {
      users.set(account.name, toSessionUser(await byLogin(account.login)));
      callers.set(account.name, await callerFor(testApp, account.login));
    }
    routes = routeTable(testApp.app);
  }, 120_000);
  afterAll(() => testApp.close());

  const key = (route: RouteInfo) => `${route.method} ${route.path}`;

  /**
   * The record a route's path names, as the map sees it. A create names none: it goes into the caller's own
   * region. A list names none: the API filters it, except a list only a committee's duty opens (the merge
   * screen's doubtful pairs), which is the caller's own region's, as a create is.
   */
  function resourceOf(route: RouteInfo, name: string): ResourceScope | undefined {
    const user = users.get(name);
    const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    const record = RECORD_PARAMS.find((param) => names.includes(param));
    const north = fx.region.id;
    const committeeMember = name === 'member-seated';
    if (!record)
      return route.method === 'POST' || ACTIONS[route.action as Action].scope === 'committee'
        ? { regionId: user?.regionId ?? undefined, committeeMember }
        : undefined;
    const jurorSeat = name === 'juror';
    const verifiedVoter = name === 'journalist';
    switch (record) {
      case 'jobId':
        return { regionId: north, ownerId: owners.editorA };
      case 'attachmentId':
      case 'applicationId':
        return { regionIds: [north], ownerId: owners.editorA, jurorSeat };
      case 'voterId':
        return { regionIds: [north], ownerId: owners.journalist };
      case 'nominationId':
        return { regionIds: [north], jurorSeat, verifiedVoter };
      case 'contestId':
      case 'programmeId':
        return { regionIds: [north] };
      case 'evidenceId':
      case 'submissionId':
      case 'attendanceId':
        return { regionId: north, agencyId: fx.agencies.a.id, committeeMember };
      case 'agencyId':
        return { regionId: north, agencyId: fx.agencies.a.id };
      case 'personId':
      case 'eventId':
      case 'topicId':
        return { regionId: north, committeeMember };
      case 'mailId':
      case 'memberId':
      case 'committeeId':
      case 'groupId':
      case 'userId':
      case 'regionId':
      case 'cycleId':
        return { regionId: north };
    }
  }

  /** The map's answer: for an unpublished cycle's results, whether the caller may preview them, else 404. */
  function mapAnswer(route: RouteInfo, name: string): Answer {
    const actor = users.get(name) ?? null;
    const resource = name === 'anonymous' ? undefined : resourceOf(route, name);
    const answer = ANSWER_OF[decide(actor, route.action as Action, resource)];
    const preview = PREVIEWED_BY[key(route)];
    if (!preview || answer !== 'ok') return answer;
    return can(actor, preview, { regionId: fx.region.id, agencyId: fx.agencies.a.id }) ? 'ok' : '404';
  }

  /** Bodies that pass each write's own rules, so that only access can stop it; the victim's ids in the path. */
  function requestOf(route: RouteInfo, ids: Record<string, string>): InjectOptions {
    const all = { ...params, ...ids };
    const routeKey = key(route);
    const submission =
      { approve: all['approveSubmissionId'], return: all['returnSubmissionId'] }[
        route.path.split('/').pop() ?? ''
      ] ?? all['submissionId'];
    const url = route.path.replace(/:(\w+)/g, (_, name: string) =>
      name === 'submissionId'
        ? submission
        : name === 'applicationId' && route.path.startsWith('/api/public/')
          ? all['publicApplicationId']
          : all[name],
    );
    const method = route.method;
    const pdf = { name: 'file.pdf', content: demoPdf('walk'), type: 'application/pdf' };
    const body = validBodies(all)[routeKey];
    switch (routeKey) {
      case 'POST /api/auth/login':
        return { method, url, payload: { login: fx.logins.viewer, password: PASSWORD } };
      case 'PUT /api/cycles/:cycleId/framework':
        return { method, url, payload: { version: 1, framework: WALK_FRAMEWORK } };
      // A rating: what evaluators and committees fill in, so that a committee's duty is what decides.
      // Accepted, so that the application stays before its jury for the juror's routes.
      case 'POST /api/contest-applications/:applicationId/screening':
        return { method, url, payload: { status: 'accepted' } };
      case 'PUT /api/submissions/:submissionId/values':
        return { method, url, payload: { version: 1, values: [{ indicator: 'media.quality', value: 3 }] } };
      case 'POST /api/submissions/:submissionId/evidence':
        return { method, url, ...multipartBody({ indicator: 'media.releases' }, pdf) };
      case 'POST /api/contest-applications/:applicationId/attachments':
      case 'PUT /api/contest-voters/:voterId/document':
        return { method, url, ...multipartBody({}, pdf) };
      case 'POST /api/public/contest-applications/:applicationId/attachments': {
        const form = multipartBody({}, pdf);
        return {
          method,
          url,
          payload: form.payload,
          headers: { ...form.headers, 'x-upload-token': all['uploadToken'] },
        };
      }
    }
    if (typeof body === 'string')
      return { method, url, payload: body, headers: { 'content-type': 'text/csv' } };
    return { method, url, ...(body !== undefined ? { payload: body as object } : {}) };
  }

  /**
   * Reads first, then writes, then what removes a record or hides it from someone (a juror's conflict), and
   * signing out last, so that no write spoils a later case. Within a route, refusals come before the accounts
   * the route lets through, which may change the record.
   */
  function walk(): { route: RouteInfo; name: string; expected: Answer | 'gone' }[] {
    const rank = (r: RouteInfo) => {
      if (key(r) === 'POST /api/auth/logout') return 4;
      if (DESTRUCTIVE_ROUTES.has(key(r)) || key(r).endsWith('/conflicts')) return 3;
      return r.method === 'GET' ? 0 : 1;
    };
    return [...routes]
      .sort((a, b) => rank(a) - rank(b))
      .flatMap((route) =>
        WALK_COLUMNS.map((name) => ({
          route,
          name,
          expected: expectedAnswer(route.action as Action, key(route), name),
        })).sort((a, b) => Number(a.expected === 'ok') - Number(b.expected === 'ok')),
      );
  }

  it('walks every route, and every account of the table', () => {
    expect(routes.filter((route) => route.action === undefined).map(key)).toEqual([]);
    expect(WALK_COLUMNS).toEqual(['anonymous', ...accounts.map((a) => a.name)]);
  });

  it('gives every case the answer of the table, both in the permissions map and in the API', async () => {
    const mismatches: string[] = [];
    let cases = 0;
    for (const { route, name, expected } of walk()) {
      const fresh =
        DESTRUCTIVE_ROUTES.has(key(route)) && expected === 'ok'
          ? await freshTarget(testApp, fx, params, key(route))
          : {};
      const request = requestOf(route, fresh);
      const response = await (name === 'anonymous'
        ? testApp.request(request)
        : (callers.get(name) as Caller)(request));
      // "gone": the API answers 404 because no such record exists for this caller, not as a refusal; the map allows.
      const [wantApi, wantMap] = expected === 'gone' ? ['404', 'ok'] : [expected, expected];
      const [api, map] = [answerOf(response), mapAnswer(route, name)];
      if (api !== wantApi || map !== wantMap)
        mismatches.push(`${key(route)} [${route.action}] ${name}: table ${expected}, map ${map}, API ${api}`);
      cases += 1;
    }
    expect(cases).toBeGreaterThan(2000);
    expect(mismatches).toEqual([]);
  });
});
