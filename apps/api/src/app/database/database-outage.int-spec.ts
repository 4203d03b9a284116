import { SERVICE_ERRORS } from '@prgauge/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, seedRegions } from '../../../test/support/fixtures';
import { OwnPgServer, startOwnPgServer } from '../../../test/support/own-pg-server';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { createTestDatabase, superuserClient } from '../../../test/support/test-database';
import { CycleChangeFeed } from '../cycles/cycle-change-feed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Phase = 'up' | 'stopping' | 'down' | 'starting' | 'back';
type Kind = 'read' | 'write' | 'ranking';

interface Outcome {
  kind: Kind;
  /** The phase when the request was sent and when its answer came. */
  phases: [Phase, Phase];
  ms: number;
  status: number;
  retryAfter?: string;
  code?: unknown;
  body: string;
  /** The agency code a write created. */
  created?: string;
}

/** The bounds the API promises while its database is away, and after it returns. */
const ANSWER_WITHIN_MS = 1000;
const BACK_WITHIN_MS = 10_000;

describe('PostgreSQL stopped and started under load', () => {
  let server: OwnPgServer;
  let testApp: TestApp;
  let director: Caller;
  let rankingUrl: string;
  let publishedRanking: string;

  beforeAll(async () => {
    server = await startOwnPgServer();
    testApp = await createTestApp(await createTestDatabase(server.port));
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    const values = { 'media.releases': 30, 'media.quality': 4, 'web.answered': 80 };
    await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'approved', values);
    expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(201);
    rankingUrl = `/api/cycles/${cycle.id}/ranking`;
    // Read once while the database is up, so this instance holds the ranking in memory.
    const ranking = await testApp.request({ method: 'GET', url: rankingUrl });
    expect(ranking.statusCode).toBe(200);
    publishedRanking = ranking.body;
  });
  afterAll(async () => {
    await testApp?.close();
    await server?.close();
  });

  it('answers only 503 (or the held ranking) while it is down, recovers by itself, and loses no acknowledged write', async () => {
    let phase: Phase = 'up';
    let running = true;
    let written = 0;
    const outcomes: Outcome[] = [];

    const send = async (kind: Kind): Promise<void> => {
      const sentIn = phase;
      const started = Date.now();
      const code = kind === 'write' ? `LOAD-${++written}` : undefined;
      const response = await request(kind, code);
      outcomes.push({
        kind,
        phases: [sentIn, phase],
        ms: Date.now() - started,
        status: response.statusCode,
        retryAfter: response.headers['retry-after'] as string | undefined,
        code: response.statusCode >= 400 ? (response.json() as { code?: unknown }).code : undefined,
        body: response.body,
        created: response.statusCode === 201 ? code : undefined,
      });
    };
    const request = (kind: Kind, code?: string): Promise<LightMyRequestResponse> => {
      if (kind === 'ranking') return testApp.request({ method: 'GET', url: rankingUrl });
      if (kind === 'read') return director({ method: 'GET', url: '/api/agencies' });
      return director({
        method: 'POST',
        url: '/api/agencies',
        payload: { code, name: { ru: code, en: code } },
      });
    };
    // Three callers, each sending one request after another with a short pause: a bounded, steady load.
    const caller = async (kind: Kind) => {
      while (running) {
        await send(kind);
        await sleep(20);
      }
    };
    const load = Promise.all((['read', 'write', 'ranking'] as const).map(caller));

    const count = (kind: Kind, sentIn: Phase, status?: number) =>
      outcomes.filter((o) => o.kind === kind && o.phases[0] === sentIn && (!status || o.status === status))
        .length;

    await waitFor(() => count('write', 'up', 201) >= 3, 30_000);
    phase = 'stopping';
    await server.stop();
    phase = 'down';
    // Down long enough for every caller to have been answered many times, however slow the machine.
    await sleep(2000);
    await waitFor(
      () => (['read', 'write', 'ranking'] as const).every((kind) => count(kind, 'down') >= 10),
      30_000,
    );
    phase = 'starting';
    await server.start();
    phase = 'back';
    const feed = testApp.app.get(CycleChangeFeed);
    const recoveredMs = await waitFor(() => feed.live && lastOf(outcomes, 'write')?.status === 201, 15_000);
    await waitFor(() => count('write', 'back', 201) >= 3, 30_000);
    running = false;
    await load;

    expect(recoveredMs).toBeLessThan(BACK_WITHIN_MS);
    // At every moment: a success, or a 503 saying when to retry and why; never a 500.
    const unexplained = outcomes.filter(
      (o) =>
        !(o.status >= 200 && o.status < 300) &&
        !(
          o.status === 503 &&
          /^\d+$/.test(o.retryAfter ?? '') &&
          Object.keys(SERVICE_ERRORS).includes(String(o.code))
        ),
    );
    expect(unexplained).toEqual([]);

    // While it is down: 503 at once, except the ranking this instance already holds.
    const whileDown = outcomes.filter((o) => o.phases[0] === 'down' && o.phases[1] === 'down');
    expect(whileDown.filter((o) => o.kind === 'write').length).toBeGreaterThanOrEqual(5);
    expect(whileDown.filter((o) => o.ms > ANSWER_WITHIN_MS)).toEqual([]);
    expect(whileDown.filter((o) => o.kind !== 'ranking' && o.status !== 503)).toEqual([]);
    expect(whileDown.filter((o) => o.kind === 'ranking' && o.body !== publishedRanking)).toEqual([]);

    // Every write that was answered 201 is in the database.
    const acknowledged = outcomes.flatMap((o) => (o.created ? [o.created] : []));
    expect(acknowledged.length).toBeGreaterThanOrEqual(6);
    const check = await superuserClient({ port: server.port }, testApp.database.name);
    try {
      const { rows } = await check.query<{ code: string }>('SELECT code FROM agency WHERE code = ANY($1)', [
        acknowledged,
      ]);
      expect(rows.map((row) => row.code).sort()).toEqual([...acknowledged].sort());
    } finally {
      await check.end();
    }
  });
});

/** Polls until `done` holds or `limitMs` passes; resolves with the milliseconds it took. */
async function waitFor(done: () => boolean, limitMs: number): Promise<number> {
  const started = Date.now();
  while (!done() && Date.now() - started < limitMs) await sleep(25);
  return Date.now() - started;
}

function lastOf(outcomes: Outcome[], kind: Kind): Outcome | undefined {
  return outcomes.filter((o) => o.kind === kind).at(-1);
}
