import { isErrorCode, isFieldProblemCode, type Role } from '@prgauge/contracts';
import { ACTIONS } from '@prgauge/permissions';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { applyMutations, badCsv, mutations, pathsOf } from '../../../test/support/bad-input';
import { Caller, callerFor } from '../../../test/support/fixtures';
import {
  bodySchema,
  OpenApiDocument,
  queryFields,
  schemaHasField,
  Schema,
} from '../../../test/support/openapi-fields';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { validBodies } from '../../../test/support/route-bodies';
import { routeTable, RouteInfo } from '../../../test/support/route-table';
import { seedRouteVictim } from '../../../test/support/route-victim';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { CSRF_HEADER, SESSION_COOKIE, SessionService } from '../auth/session.service';
import { toScoringFramework } from '../cycles/scoring-framework';
import { User } from '../users/user.entity';

/** Fixed, so that a failure found once is found again; set FUZZ_SEED (and FUZZ_RUNS) to explore further. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
/** Per route. 55 write routes × 25 runs, 1,375 requests, took 8–28 s on 2 cores at a load average of 9–15. */
const RUNS_PER_ROUTE = Number(process.env['FUZZ_RUNS'] ?? 25);

// The bound for the whole property test; starting the app and seeding take a few seconds of it.
jest.setTimeout(60_000);

/** Valid bodies with more inside than the route table's, so that mutations reach the numbers of a framework. */
const RICHER_BODIES: Record<string, unknown> = {
  'PUT /api/cycles/:cycleId/framework': { version: 1, framework: SMALL_FRAMEWORK },
  'POST /api/scoring/preview': {
    framework: toScoringFramework(SMALL_FRAMEWORK),
    agencies: [{ id: 'a', attributes: { prStaff: 4 } }, { id: 'b' }],
    values: [
      { agency: 'a', indicator: 'media.releases', value: 12 },
      { agency: 'b', indicator: 'web.answered', value: 50 },
    ],
    sensitivity: { runs: 10, spread: 0.2, seed: 1 },
  },
};

/** Detail fields of the file imports: the file as a whole, its header, or a cell by row and column. */
const FILE_FIELD = /^(file|header|body|row \d+, [a-z_]+)$/;

/** A path as validation errors write it: `a.b[0].c`, with numeric keys of objects written like positions. */
const fieldOf = (path: (string | number)[]) =>
  path.reduce<string>((f, k) => (!f ? String(k) : /^\d+$/.test(String(k)) ? `${f}[${k}]` : `${f}.${k}`), '');

/** The field holding the key that `field` names in the body sent, or undefined when the body has no such key. */
function parentOf(sent: unknown, field: string): string | undefined {
  const path = pathsOf(sent).find((p) => p.length > 0 && fieldOf(p) === field);
  return path && fieldOf(path.slice(0, -1));
}

/**
 * Generated bad bodies for every write route: fields of the route's valid body replaced with wrong types,
 * nulls, extreme numbers, control characters, lone surrogates, huge or deeply nested values, or unknown extras.
 * Nothing may answer 5xx, every refusal carries a catalogue code, and every field it names is the route's.
 */
describe('bad input on every write route', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  let params: Record<string, string>;
  let callers: Record<'admin' | 'director' | 'juror' | 'journalist', Caller>;
  let freshSession: () => Promise<Caller>;

  beforeAll(async () => {
    testApp = await createTestApp();
    ({ params } = await seedRouteVictim(testApp));
    document = (await testApp.request({ method: 'GET', url: '/api/docs/openapi.json' })).json();
    callers = {
      admin: await callerFor(testApp, 'admin'),
      director: await callerFor(testApp, 'director'),
      juror: await callerFor(testApp, 'juror'),
      journalist: await callerFor(testApp, 'journalist'),
    };
    // Sign-out and password changes end the session they run in: each call gets a new one, opened directly.
    const viewer = await testApp.app.get(DataSource).getRepository(User).findOneByOrFail({ login: 'viewer' });
    freshSession = async () => {
      const { token, csrfToken } = await testApp.app.get(SessionService).open(viewer.id, '127.0.0.1', 'fuzz');
      return (options) =>
        testApp.request({
          ...options,
          headers: { ...options.headers, cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrfToken },
        });
    };
  });
  afterAll(() => testApp.close());

  const key = (route: RouteInfo) => `${route.method} ${route.path}`;
  const urlOf = (route: RouteInfo) => route.path.replace(/:(\w+)/g, (_, name: string) => params[name]);

  /** A caller the route lets through its role check, so that the body reaches validation and the service. */
  async function callerOf(route: RouteInfo): Promise<Caller> {
    if (route.isPublic) return (options: InjectOptions) => testApp.request(options);
    if (route.path.startsWith('/api/auth/')) return freshSession();
    const roles: readonly Role[] = route.action ? ACTIONS[route.action].roles : [];
    if (roles.includes('juror')) return callers.juror;
    if (roles.includes('journalist')) return callers.journalist;
    return roles.includes('director') ? callers.director : callers.admin;
  }

  /** What is wrong with one answer, or undefined when it is acceptable. */
  function problemWith(
    route: RouteInfo,
    schema: Schema | undefined,
    sent: unknown,
    response: LightMyRequestResponse,
  ) {
    if (response.statusCode >= 500) return `answered ${response.statusCode}: ${response.body.slice(0, 300)}`;
    if (response.statusCode < 400) return undefined;
    const body = response.json() as { code?: unknown; details?: { field: string; code: unknown }[] };
    if (!isErrorCode(body.code))
      return `answered ${response.statusCode} without a catalogue code: ${response.body}`;
    for (const detail of body.details ?? []) {
      if (!isFieldProblemCode(detail.code))
        return `detail without a catalogue code: ${JSON.stringify(detail)}`;
      // A conflict with the record's state (indicators still without a value) names the record's fields.
      if (response.statusCode === 409 && detail.code !== 'field.taken') continue;
      // Text that is not well-formed is named where it was sent, known field or not: it is checked first.
      if (schema && detail.code === 'field.control_characters') {
        if (parentOf(sent, detail.field) === undefined) return `names "${detail.field}", which was not sent`;
        continue;
      }
      // An unknown key is named itself; the object holding it must be a field of the body.
      const field =
        schema && detail.code === 'field.not_allowed' ? parentOf(sent, detail.field) : detail.field;
      if (field === undefined) return `names "${detail.field}", which the body did not have`;
      // A route that takes its subject in the query (an unsubscribe link's token) names it when it is missing.
      const known =
        field === '' ||
        queryFields(document, route.method, route.path).includes(field) ||
        (schema ? schemaHasField(document, schema, field) : FILE_FIELD.test(field));
      if (!known) return `names "${detail.field}", which is not a field of ${key(route)}'s body`;
    }
    return undefined;
  }

  function bodiesFor(route: RouteInfo, valid: unknown, schema: Schema | undefined): fc.Arbitrary<string> {
    if (typeof valid === 'string') return badCsv(valid);
    const paths = pathsOf(valid);
    for (const name of Object.keys(schema?.properties ?? {}))
      if (!paths.some((p) => p.length === 1 && p[0] === name)) paths.push([name]);
    return mutations(paths).map((list) => JSON.stringify(applyMutations(valid, list)) ?? '');
  }

  it('answers every generated bad body with a coded 4xx, or accepts it, and never fails on our side', async () => {
    const bodies = { ...validBodies(params), ...RICHER_BODIES };
    const writes = routeTable(testApp.app).filter((r) => r.method !== 'GET' && bodies[key(r)] !== undefined);
    expect(writes.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const route of writes) {
      const valid = bodies[key(route)];
      const schema = bodySchema(document, route.method, route.path);
      if (route.bodyType && !schema)
        failures.push(`${key(route)} has a body DTO the document does not describe`);
      const contentType = typeof valid === 'string' ? 'text/csv' : 'application/json';
      const property = fc.asyncProperty(bodiesFor(route, valid, schema), async (payload) => {
        const caller = await callerOf(route);
        const response = await caller({
          method: route.method,
          url: urlOf(route),
          payload,
          headers: { 'content-type': contentType },
        });
        const sent = typeof valid === 'string' || payload === '' ? payload : (JSON.parse(payload) as unknown);
        const problem = problemWith(route, schema, sent, response);
        if (problem) throw new Error(problem);
      });
      const result = await fc.check(property, { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true });
      if (result.failed)
        failures.push(
          `${key(route)} ${result.errorInstance instanceof Error ? result.errorInstance.message : ''}\n` +
            `  body: ${String(result.counterexample?.[0]).slice(0, 300)}`,
        );
    }
    expect(failures).toEqual([]);
  });
});
