import type { JobView } from '@prgauge/contracts';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { callerFor, seedRegions, type Caller, type RegionFixture } from '../../../test/support/fixtures';
import { startTestWorker } from '../../../test/support/job-fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { createTestDatabase, superuserClient } from '../../../test/support/test-database';
import { JOB_QUEUE, QUEUE_SCHEMA, QUEUE_SCHEMA_VERSION } from './job-queue-schema';
import { User } from '../users/user.entity';
import { enqueueJob } from './enqueue-job';
import { registerJobHandler } from './job-handlers';
import { QueueSchemaError } from './job-worker';

const KIND = 'test.access';

describe('background jobs: the transaction, who may follow them, and the schema', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let fx: RegionFixture;
  let unregister: () => void;
  let jobId: string;

  beforeAll(async () => {
    // No worker: every job stays queued.
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false' });
    ds = testApp.app.get(DataSource);
    fx = await seedRegions(testApp);
    unregister = registerJobHandler(KIND, () => Promise.reject(new Error('never run here')));
    const editorA = await ds.getRepository(User).findOneByOrFail({ login: fx.logins.editorA });
    jobId = await ds.transaction((manager) =>
      enqueueJob(manager, { kind: KIND, regionId: fx.region.id, requestedBy: editorA.id, data: {} }),
    );
  });
  afterAll(async () => {
    unregister();
    await testApp?.close();
  });

  const counts = async (manager = ds.manager) => {
    const [{ records }] = (await manager.query(`SELECT count(*)::int AS records FROM background_job`)) as {
      records: number;
    }[];
    const [{ queued }] = (await manager.query(
      `SELECT count(*)::int AS queued FROM ${QUEUE_SCHEMA}.job WHERE name = $1`,
      [JOB_QUEUE],
    )) as { queued: number }[];
    return { records, queued };
  };

  it('leaves neither a record nor a queue job when the enqueuing transaction rolls back', async () => {
    let inside = { records: 0, queued: 0 };
    const requestedBy = (await ds.getRepository(User).findOneByOrFail({ login: fx.logins.director })).id;
    await expect(
      ds.transaction(async (manager) => {
        await enqueueJob(manager, { kind: KIND, regionId: fx.region.id, requestedBy, data: { n: 1 } });
        inside = await counts(manager);
        throw new Error('the change that asked for the job failed');
      }),
    ).rejects.toThrow('the change that asked for the job failed');
    expect(inside).toEqual({ records: 2, queued: 2 });
    expect(await counts()).toEqual({ records: 1, queued: 1 });
  });

  it('refuses to queue a kind no handler is registered for', async () => {
    const requestedBy = (await ds.getRepository(User).findOneByOrFail({ login: fx.logins.director })).id;
    await expect(
      ds.transaction((manager) =>
        enqueueJob(manager, { kind: 'test.unknown', regionId: fx.region.id, requestedBy, data: {} }),
      ),
    ).rejects.toThrow('no handler is registered for job kind "test.unknown"');
  });

  it("shows a job to its requester and their region's director only; others get 404", async () => {
    const answers: Record<string, number[]> = {};
    for (const login of [
      'editor-a',
      'director',
      'admin',
      'editor-b',
      'evaluator',
      'viewer',
      'south-director',
    ]) {
      const caller = await callerFor(testApp, login);
      const one = await caller({ method: 'GET', url: `/api/jobs/${jobId}` });
      const result = await caller({ method: 'GET', url: `/api/jobs/${jobId}/result` });
      const list = (await caller({ method: 'GET', url: '/api/jobs' })).json() as { items: JobView[] };
      answers[login] = [one.statusCode, result.statusCode, list.items.filter((j) => j.id === jobId).length];
    }
    expect(answers).toEqual({
      'editor-a': [200, 409, 1],
      director: [200, 409, 1],
      admin: [200, 409, 1],
      'editor-b': [404, 404, 0],
      evaluator: [404, 404, 0],
      viewer: [404, 404, 0],
      'south-director': [404, 404, 0],
    });
  });

  it("answers a queued job's download with 409 job.not_done naming its state", async () => {
    const editor: Caller = await callerFor(testApp, fx.logins.editorA);
    const job = (await editor({ method: 'GET', url: `/api/jobs/${jobId}` })).json() as JobView;
    expect(job).toMatchObject({
      kind: KIND,
      state: 'queued',
      progress: { done: 0, total: null },
      result: null,
    });
    const result = await editor({ method: 'GET', url: `/api/jobs/${jobId}/result` });
    expect([result.statusCode, result.json().code, result.json().params]).toEqual([
      409,
      'job.not_done',
      { state: 'queued' },
    ]);
  });

  it('finds the queue schema the migrations built at the version this pg-boss expects', async () => {
    const worker = await startTestWorker(testApp);
    try {
      expect(await worker.queue.schemaVersion()).toBe(QUEUE_SCHEMA_VERSION);
      // The library's own record of the schema version it needs.
      const expected = (require('pg-boss/version.json') as { schema: number }).schema;
      expect(QUEUE_SCHEMA_VERSION).toBe(expected);
      expect(PgBoss.getConstructionPlans(QUEUE_SCHEMA)).toContain(`VALUES ('${expected}')`);
    } finally {
      await worker.stop();
    }
  });

  it('refuses to start on a database without the queue schema, and does not create it', async () => {
    const empty = await createTestDatabase();
    try {
      await expect(startTestWorker(testApp, { connectionString: empty.ownerUrl })).rejects.toThrow(
        QueueSchemaError,
      );
      await expect(startTestWorker(testApp, { connectionString: empty.ownerUrl })).rejects.toThrow(
        /schema "pgboss" is missing or not at version 24.*run the migrations/,
      );
      const superuser = await superuserClient(empty, empty.name);
      try {
        const { rows } = await superuser.query(`SELECT to_regnamespace($1) AS schema`, [QUEUE_SCHEMA]);
        expect(rows).toEqual([{ schema: null }]);
      } finally {
        await superuser.end();
      }
    } finally {
      await empty.drop();
    }
  });
});
