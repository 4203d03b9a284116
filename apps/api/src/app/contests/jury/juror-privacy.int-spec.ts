import { roleMay } from '@prgauge/permissions';
import type { LightMyRequestResponse } from 'fastify';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { JuryScenario, SeededCandidate, seedJuryScenario } from '../../../../test/support/privacy-fixtures';
import { routeTable, RouteInfo } from '../../../../test/support/route-table';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

const NOBODY = '00000000-0000-4000-8000-00000000000f';
const key = (route: RouteInfo) => `${route.method} ${route.path}`;

/** Writes a juror may make, with a valid body each; any other juror write must be added here to be walked. */
const JUROR_WRITES: Record<string, object> = {
  'PUT /api/nominations/:nominationId/applications/:applicationId/score-sheet': { scores: { quality: 7 } },
  'POST /api/contest-applications/:applicationId/conflicts': { reason: 'We worked together last year' },
};
/** Writes to the caller's own account, walked too: their answers must not carry an application either. */
const OWN_ACCOUNT_WRITES: Record<string, object> = {
  'PATCH /api/auth/me': { locale: 'ru' },
  'POST /api/notifications/:notificationId/read': {},
  'POST /api/notifications/read-all': {},
  'PUT /api/notifications/preferences': {
    preferences: [{ kind: 'contest.judging_reminder', app: true, email: false }],
  },
};
/** Writes about the caller's own session, which never concern an application. */
const SESSION_WRITES = new Set(['POST /api/auth/logout', 'POST /api/auth/password', 'POST /api/auth/login']);

/** Public pages, and routes whose action a juror's role may do (contests, their own account). */
const isJurorRoute = (r: RouteInfo) =>
  r.isPublic ? r.method === 'GET' : r.action !== undefined && roleMay('juror', r.action);
const servesApplication = (r: RouteInfo) => /:(applicationId|attachmentId)\b/.test(r.path);

/**
 * A juror seated for Kazinform, with three accepted candidates who left their e-mail: Aigerim (open to them),
 * Boris of Kazinform (excluded automatically) and Dana (a declared conflict).
 */
describe('what a juror may see of applications', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let scenario: JuryScenario;
  let juror: Caller;
  let routes: RouteInfo[];

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    scenario = await seedJuryScenario(testApp, fx);
    juror = await callerFor(testApp, scenario.jurorLogin);
    routes = routeTable(testApp.app).filter(isJurorRoute);
  }, 120_000);
  afterAll(() => testApp.close());

  function urlFor(route: RouteInfo, candidate: SeededCandidate): string {
    const params: Record<string, string> = {
      contestId: scenario.contestId,
      nominationId: scenario.nominationId,
      applicationId: candidate.applicationId,
      attachmentId: candidate.attachmentId,
    };
    // Other areas' ids are unknown to this scenario; those routes answer 403 or 404 to a juror.
    return route.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? NOBODY);
  }

  function call(route: RouteInfo, candidate: SeededCandidate): Promise<LightMyRequestResponse> {
    const payload = JUROR_WRITES[key(route)] ?? OWN_ACCOUNT_WRITES[key(route)];
    if (route.method !== 'GET' && !payload) throw new Error(`No body for ${key(route)}: add it to the test`);
    return juror({ method: route.method, url: urlFor(route, candidate), ...(payload ? { payload } : {}) });
  }

  it('finds the routes that serve an application to a juror', () => {
    expect(routes.filter(servesApplication).map(key)).toEqual(
      expect.arrayContaining([
        'GET /api/contest-attachments/:attachmentId/content',
        ...Object.keys(JUROR_WRITES),
      ]),
    );
  });

  it('answers 404 to a conflicted juror on every application route, exactly as for an unknown id', async () => {
    const unknown: SeededCandidate = {
      applicationId: '00000000-0000-4000-8000-000000000001',
      attachmentId: '00000000-0000-4000-8000-000000000002',
      contactEmail: '',
    };
    const answer = (r: LightMyRequestResponse) => {
      const json = String(r.headers['content-type']).startsWith('application/json');
      const body = (json ? r.json() : {}) as { code?: string; params?: object; message?: string };
      return [r.statusCode, body.code, body.params, body.message];
    };
    const seen: unknown[] = [];
    const expected: unknown[] = [];
    for (const route of routes.filter(servesApplication)) {
      const missing = answer(await call(route, unknown));
      expect([key(route), missing[0], missing[1]]).toEqual([key(route), 404, 'record.not_found']);
      for (const [who, candidate] of [
        ['same organisation', scenario.colleague],
        ['declared conflict', scenario.declared],
      ] as const) {
        seen.push([key(route), who, answer(await call(route, candidate))]);
        expected.push([key(route), who, missing]);
      }
    }
    expect(seen).toEqual(expected);
  });

  it('still serves the open application’s file, so the refusals above are about the conflict', async () => {
    const file = await juror({
      method: 'GET',
      url: `/api/contest-attachments/${scenario.open.attachmentId}/content`,
    });
    expect([file.statusCode, file.headers['content-type']]).toEqual([200, 'application/pdf']);
  });

  it('never puts a candidate’s e-mail in any response to a juror', async () => {
    const emails = [scenario.open, scenario.colleague, scenario.declared].map((c) => c.contactEmail);
    // Declaring a conflict takes the open application away, so it goes last.
    const ordered = [...routes].sort(
      (a, b) =>
        Number(key(a) in JUROR_WRITES) - Number(key(b) in JUROR_WRITES) || key(b).localeCompare(key(a)),
    );
    const answered: Record<string, number> = {};
    for (const route of ordered.filter((r) => !SESSION_WRITES.has(key(r)))) {
      const response = await call(route, scenario.open);
      answered[key(route)] = response.statusCode;
      for (const email of emails)
        expect([key(route), response.body.includes(email)]).toEqual([key(route), false]);
    }
    // The walk reached the application through each juror route that shows one.
    expect(answered).toMatchObject({
      'GET /api/contests/:contestId/my-score-sheets': 200,
      'PUT /api/nominations/:nominationId/applications/:applicationId/score-sheet': 200,
      'GET /api/contest-attachments/:attachmentId/content': 200,
      'POST /api/contest-applications/:applicationId/conflicts': 204,
    });
  });
});
