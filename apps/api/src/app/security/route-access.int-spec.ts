import type { Role } from '@prgauge/contracts';
import { roleMay } from '@prgauge/permissions';
import type { LightMyRequestResponse } from 'fastify';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Caller, callerFor, RegionFixture } from '../../../test/support/fixtures';
import { seedRouteVictim } from '../../../test/support/route-victim';
import { routeTable, RouteInfo } from '../../../test/support/route-table';
import { validBodies } from '../../../test/support/route-bodies';
import { createTestApp, TestApp } from '../../../test/support/test-app';

// Several requests to each of 150+ routes per test: about a minute on a busy 2-core machine.
jest.setTimeout(240_000);

/**
 * Every route of the application, called as every role, against a "victim": agency A's unpublished submission
 * in the north region, with values, evidence and a comment.
 */
describe('access to every route', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let routes: RouteInfo[];
  let params: Record<string, string>;
  let callers: Record<string, Caller>;
  let victimChecksum: () => Promise<string>;

  /** Region-level data that any account of the region may read; everything else about agency A is private to it. */
  const REGION_READABLE = new Set([
    'GET /api/agencies',
    'GET /api/agencies/:agencyId',
    'GET /api/auth/me',
    'GET /api/cycles',
    'GET /api/cycles/:cycleId',
    'GET /api/cycles/:cycleId/framework',
    'GET /api/cycles/:cycleId/submissions/mine',
    'GET /api/regions',
    'GET /api/regions/:regionId/peer-groups',
    'GET /api/regions/:regionId/working-week',
    'GET /api/training/events/:eventId',
    // Filtered to the caller's own agency's rows.
    'GET /api/training/events/:eventId/attendance',
    'GET /api/cycles/:cycleId/data.csv',
    'GET /api/cycles/:cycleId/data.xlsx',
    'GET /api/cycles/:cycleId/value-import/template.xlsx',
    // An announced contest is open to its region; filers see only the applications they filed.
    'GET /api/contests/:contestId',
    'GET /api/contests/:contestId/applications',
    'POST /api/contests/:contestId/applications',
  ]);

  beforeAll(async () => {
    testApp = await createTestApp();
    ({ fx, params } = await seedRouteVictim(testApp));
    const ds = testApp.app.get(DataSource);
    victimChecksum = async () => {
      const rows = await ds.query(
        `SELECT (SELECT json_agg(s ORDER BY s.id) FROM submission s WHERE s.cycle_id = $1) AS s,
                (SELECT json_agg(v ORDER BY v.indicator_key) FROM submission_value v WHERE v.submission_id = $2) AS v,
                (SELECT json_agg(e.id ORDER BY e.id) FROM evidence e WHERE e.submission_id = $2) AS e,
                (SELECT json_agg(c.body ORDER BY c.id) FROM review_comment c WHERE c.submission_id = $2) AS c,
                (SELECT row_to_json(cy) FROM cycle cy WHERE cy.id = $1) AS cy,
                (SELECT json_agg(a ORDER BY a.id) FROM agency a WHERE a.region_id = $3) AS a,
                (SELECT json_agg(g ORDER BY g.id) FROM peer_group g WHERE g.region_id = $3) AS g,
                -- Journalists register themselves on a public route, so new journalist accounts are expected.
                (SELECT json_agg(u.login || u.active || u.password_hash ORDER BY u.id) FROM app_user u
                  WHERE u.region_id = $3 AND u.role::text <> 'journalist') AS u,
                (SELECT count(*) FROM cycle WHERE region_id = $3) AS cycles,
                -- The contest victim's personal data, which only its organisers may erase.
                (SELECT json_agg(a.personal_data_erased_at) FROM contest_application a WHERE a.id = $4) AS ca,
                (SELECT json_agg(v.personal_data_erased_at) FROM contest_voter v WHERE v.id = $5) AS cv`,
        [params['cycleId'], params['submissionId'], fx.region.id, params['applicationId'], params['voterId']],
      );
      return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    };
    routes = routeTable(testApp.app);
    callers = {
      anonymous: (options) => testApp.request(options),
      viewer: await callerFor(testApp, fx.logins.viewer),
      'editor-b': await callerFor(testApp, fx.logins.editorB),
      'south-director': await callerFor(testApp, fx.logins.foreignDirector),
      evaluator: await callerFor(testApp, fx.logins.evaluator),
      'editor-a': await callerFor(testApp, fx.logins.editorA),
      director: await callerFor(testApp, fx.logins.director),
      admin: await callerFor(testApp, fx.logins.admin),
      juror: await callerFor(testApp, 'juror'),
      journalist: await callerFor(testApp, 'journalist'),
    };
  });
  afterAll(() => testApp.close());

  const key = (route: RouteInfo) => `${route.method} ${route.path}`;

  function urlOf(route: RouteInfo): string {
    return route.path.replace(/:(\w+)/g, (_, name: string) => {
      if (!(name in params))
        throw new Error(`No victim id for :${name} in ${key(route)}: add it to the test's params`);
      return params[name];
    });
  }

  function call(caller: Caller, route: RouteInfo): Promise<LightMyRequestResponse> {
    const body = validBodies(params)[key(route)];
    const isWrite = route.method !== 'GET';
    if (isWrite && !(key(route) in validBodies(params)))
      throw new Error(`No valid body for ${key(route)}: add one to test/support/route-bodies.ts`);
    if (typeof body === 'string')
      return caller({
        method: route.method,
        url: urlOf(route),
        payload: body,
        headers: { 'content-type': 'text/csv' },
      });
    return caller({
      method: route.method,
      url: urlOf(route),
      ...(body !== undefined ? { payload: body as object } : {}),
    });
  }

  it('finds the routes from the application itself', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map(key)).toEqual(
      expect.arrayContaining([
        'PUT /api/submissions/:submissionId/values',
        'GET /api/health',
        'GET /api/cycles/:cycleId/ranking',
      ]),
    );
  });

  it('names one action of the permissions map on every route, and marks exactly the public ones @Public', () => {
    expect(routes.filter((route) => route.action === undefined).map(key)).toEqual([]);
    expect(routes.filter((route) => route.isPublic !== route.markedPublic).map(key)).toEqual([]);
  });

  it('has a victim id for every route parameter and a valid body for every write', () => {
    for (const route of routes) {
      expect(() => urlOf(route)).not.toThrow();
      if (route.method !== 'GET')
        expect([key(route), key(route) in validBodies(params)]).toEqual([key(route), true]);
    }
  });

  it('asks anonymous visitors to sign in on every route that is not public', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await call(callers['anonymous'], route);
      expect([key(route), response.statusCode]).toEqual([key(route), 401]);
    }
  });

  it('refuses every role that may not do a route’s action, before touching any data', async () => {
    const accounts: [string, Role][] = [
      ['viewer', 'viewer'],
      ['editor-b', 'agency_editor'],
      ['evaluator', 'evaluator'],
      ['editor-a', 'agency_editor'],
      ['south-director', 'director'],
      ['director', 'director'],
      ['juror', 'juror'],
      ['journalist', 'journalist'],
    ];
    for (const route of routes.filter((r) => !r.isPublic)) {
      for (const [name, role] of accounts) {
        if (route.action && roleMay(role, route.action)) continue;
        const response = await call(callers[name], route);
        expect([key(route), name, response.statusCode]).toEqual([key(route), name, 403]);
      }
    }
  });

  it('never lets another agency, another region or a viewer read or change agency A’s unpublished data', async () => {
    const before = await victimChecksum();
    const secrets = [params['submissionId'], params['evidenceId'], 'Victim comment'];
    // Nothing of an unpublished cycle, not even that it exists, reaches an anonymous visitor.
    const unpublished = [params['cycleId'], 'Victim cycle'];
    const refused: Record<string, (route: RouteInfo) => boolean> = {
      // Every route about north's records, apart from region-level reads, is closed to another agency's editor.
      'editor-b': (route) => route.path.includes(':') && !route.isPublic && !REGION_READABLE.has(key(route)),
      // A director of another region gets nothing of north's.
      'south-director': (route) => route.path.includes(':') && !route.isPublic,
      // A viewer reads, and never writes, apart from signing in and out, their own language and address, keeping
      // their own notifications, and asking for a password-reset link.
      viewer: (route) =>
        route.method !== 'GET' &&
        ![
          'POST /api/auth/logout',
          'POST /api/auth/login',
          'PATCH /api/auth/me',
          'POST /api/notifications/read-all',
          'PUT /api/notifications/preferences',
          'POST /api/auth/password-reset',
        ].includes(key(route)),
      anonymous: (route) => !route.isPublic,
    };
    for (const [name, mustRefuse] of Object.entries(refused)) {
      for (const route of routes) {
        const response = await call(callers[name], route);
        const ok = response.statusCode >= 200 && response.statusCode < 300;
        expect([
          name,
          key(route),
          ok && mustRefuse(route) ? response.statusCode : 'refused or allowed',
        ]).toEqual([name, key(route), 'refused or allowed']);
        if (ok && name !== 'viewer') {
          for (const secret of secrets)
            expect([name, key(route), response.body.includes(secret)]).toEqual([name, key(route), false]);
        }
        if (ok && name === 'anonymous')
          for (const secret of unpublished)
            expect([key(route), response.body.includes(secret)]).toEqual([key(route), false]);
        // A refusal out of reach answers as a missing record would: no id in it tells the two apart.
        if (response.statusCode === 404 && response.json().code === 'record.not_found')
          expect([key(route), Object.keys(response.json().params)]).toEqual([key(route), ['record']]);
        if (ok && name === 'south-director')
          expect([key(route), response.body.includes(params['agencyId'])]).toEqual([key(route), false]);
        // Some routes end the caller's session (logout, password change): sign in again before the next one.
        if (route.method !== 'GET' && name !== 'anonymous')
          callers[name] = await callerFor(testApp, loginOf(name));
      }
    }
    expect(await victimChecksum()).toBe(before);
  });

  it('answers an id that names nothing exactly as it answers one out of reach', async () => {
    const nobody = '00000000-0000-4000-8000-00000000dead';
    for (const route of routes.filter((r) => r.path.includes(':') && !r.isPublic)) {
      const body = validBodies(params)[key(route)];
      const response = await callers['director']({
        method: route.method,
        url: route.path.replace(/:(\w+)/g, nobody),
        ...(typeof body === 'string'
          ? { payload: body, headers: { 'content-type': 'text/csv' } }
          : body !== undefined
            ? { payload: body as object }
            : {}),
      });
      if (response.statusCode === 404 && response.json().code === 'record.not_found')
        expect([key(route), Object.keys(response.json().params)]).toEqual([key(route), ['record']]);
    }
  });

  // Last, because these accounts may change or delete the victim's data.
  it('lets a national admin and the region director through every role check, with no route failing on our side', async () => {
    for (const name of ['admin', 'director']) {
      for (const route of routes) {
        const response = await call(callers[name], route);
        const body =
          response.statusCode >= 400
            ? (response.json() as { message: string; params: Record<string, unknown> })
            : undefined;
        // The guard names the action it refused; a service's refusal names none.
        const roleRefused = response.statusCode === 403 && body?.params['action'] === route.action;
        const mayCall =
          route.action !== undefined && roleMay(name === 'admin' ? 'admin' : 'director', route.action);
        expect([name, key(route), response.statusCode >= 500 ? body?.message : 'no server error']).toEqual([
          name,
          key(route),
          'no server error',
        ]);
        expect([
          name,
          key(route),
          (!route.isPublic && response.statusCode === 401) || (mayCall && roleRefused),
        ]).toEqual([name, key(route), false]);
        if (route.method !== 'GET') callers[name] = await callerFor(testApp, loginOf(name));
      }
    }
  });

  const loginOf = (name: string) =>
    ({
      'editor-b': fx.logins.editorB,
      'south-director': fx.logins.foreignDirector,
      viewer: fx.logins.viewer,
    })[name] ?? name;
});
