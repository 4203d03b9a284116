import type { JobView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { callerFor, seedRegions, type Caller } from '../../../test/support/fixtures';
import { FreezableQueueDb, gate, startTestWorker, until } from '../../../test/support/job-fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { JOB_QUEUE } from './job-queue-schema';
import { User } from '../users/user.entity';
import { BackgroundJob } from './background-job.entity';
import { enqueueJob } from './enqueue-job';
import { JobSupersededError, registerJobHandler, type JobHandler } from './job-handlers';
import { recordResult, removeExpiredJobs } from './job-records';
import { LOST_AFTER_MS, recoverLostJobs } from './job-recovery';
import type { JobWorker } from './job-worker';

const KIND = 'test.report';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The handler the current test sets; the kind's one registered handler forwards to it. */
let current: JobHandler<{ label: string }> = () => Promise.reject(new Error('no handler set'));

describe('a background job on the queue', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let editor: Caller;
  let requestedBy: string;
  let regionId: string;
  const workers: JobWorker[] = [];
  let unregister: () => void;

  beforeAll(async () => {
    // No worker of the app's own: each test starts (and kills) the workers it needs.
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false' });
    ds = testApp.app.get(DataSource);
    const fx = await seedRegions(testApp);
    regionId = fx.region.id;
    requestedBy = (await ds.getRepository(User).findOneByOrFail({ login: fx.logins.editorA })).id;
    editor = await callerFor(testApp, fx.logins.editorA);
    unregister = registerJobHandler<{ label: string }>(KIND, (data, context) => current(data, context));
  });
  afterAll(async () => {
    unregister();
    for (const worker of workers) await worker.stop().catch(() => undefined);
    await testApp?.close();
  });

  const enqueue = (label: string) =>
    ds.transaction((manager) => enqueueJob(manager, { kind: KIND, regionId, requestedBy, data: { label } }));
  const view = async (id: string) =>
    (await editor({ method: 'GET', url: `/api/jobs/${id}` })).json() as JobView;

  it('runs, reports its progress, and its result downloads under its content type and name', async () => {
    const halfway = gate();
    current = async ({ label }, context) => {
      await context.reportProgress(1, 3);
      await context.reportProgress(2, 3);
      await halfway.opened;
      await context.reportProgress(3, 3);
      return {
        fileName: `${label}.pdf`,
        contentType: 'application/pdf',
        bytes: Buffer.from(`%PDF ${label}`),
      };
    };
    workers.push(await startTestWorker(testApp));
    const id = await enqueue('scorecards');

    const running = await until(
      () => view(id),
      (job) => job.progress.done === 2,
      'progress 2 of 3',
    );
    expect(running).toMatchObject({ state: 'running', progress: { done: 2, total: 3 }, result: null });
    halfway.open();
    const done = await until(
      () => view(id),
      (job) => job.state === 'done',
      'the job to be done',
    );
    expect(done).toMatchObject({
      progress: { done: 3, total: 3 },
      result: { fileName: 'scorecards.pdf', contentType: 'application/pdf', sizeBytes: 15 },
      errorCode: null,
    });
    // Kept JOB_RESULT_DAYS (7) days from when it finished.
    expect(Date.parse(done.expiresAt ?? '') - Date.parse(done.finishedAt ?? '')).toBe(7 * DAY_MS);

    const download = await editor({ method: 'GET', url: `/api/jobs/${id}/result` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('scorecards.pdf');
    expect(download.body).toBe('%PDF scorecards');
  });

  it("fails with the code the handler gave, and lists the job among the requester's", async () => {
    current = () => Promise.reject(new Error('disk full'));
    const id = await enqueue('broken');
    const failed = await until(
      () => view(id),
      (job) => job.state === 'failed',
      'the job to fail',
    );
    expect(failed).toMatchObject({ errorCode: 'job.failed', result: null });
    const result = await editor({ method: 'GET', url: `/api/jobs/${id}/result` });
    expect([result.statusCode, result.json().code, result.json().params]).toEqual([
      409,
      'job.not_done',
      { state: 'failed' },
    ]);
    const list = (await editor({ method: 'GET', url: '/api/jobs' })).json() as { items: JobView[] };
    expect(list.items[0].id).toBe(id);
  });

  it('completes exactly once when its worker is killed midway and another takes it over', async () => {
    for (const worker of workers.splice(0)) await worker.stop();
    const killedDb = new FreezableQueueDb(testApp.database.url);
    const stuck = gate();
    let runs = 0;
    let lateRunTold: unknown = null;
    const lateRunEnded = gate();
    const takenOver = gate();
    current = async ({ label }, context) => {
      runs += 1;
      const run = runs;
      if (run === 2) await takenOver.opened;
      await context.reportProgress(1, 2);
      if (run === 1) {
        await stuck.opened;
        // The killed worker's process would be gone; this one comes back late and is told to stop.
        lateRunTold = await context.reportProgress(2, 2).catch((error: unknown) => error);
        lateRunEnded.open();
        return { fileName: 'late.pdf', contentType: 'application/pdf', bytes: Buffer.from('late') };
      }
      await context.reportProgress(2, 2);
      return { fileName: `${label}.pdf`, contentType: 'application/pdf', bytes: Buffer.from(`run ${run}`) };
    };
    const first = await startTestWorker(testApp, { db: killedDb });
    const id = await enqueue('survivor');
    await until(
      () => view(id),
      (job) => job.progress.done === 1,
      'the first worker to start',
    );
    killedDb.freeze();

    const second = await startTestWorker(testApp);
    workers.push(second);
    // Later than the lost worker's last heartbeat allows: the job is handed back to the queue.
    expect(
      await recoverLostJobs(ds.manager, second.queue, new Date(Date.now() + LOST_AFTER_MS + 60_000)),
    ).toBe(1);
    // What the lost attempt did is not shown as done: the next one starts from nothing.
    const progressHandedBack = (await view(id)).progress.done;
    takenOver.open();
    expect(progressHandedBack).toBe(0);
    const done = await until(
      () => view(id),
      (job) => job.state === 'done',
      'the second worker to finish',
    );
    expect(done.result).toMatchObject({ fileName: 'survivor.pdf' });

    stuck.open();
    await lateRunEnded.opened;
    expect(lateRunTold).toBeInstanceOf(JobSupersededError);
    const record = await ds.getRepository(BackgroundJob).findOneOrFail({
      where: { id },
      select: { id: true, attempt: true, state: true, resultContent: true },
    });
    expect([record.attempt, record.state, record.resultContent?.toString()]).toEqual([2, 'done', 'run 2']);
    // The first attempt may never write a result now, however late it comes.
    const late = { id, attempt: 1, kind: KIND, regionId, requestedBy };
    const file = { fileName: 'late.pdf', contentType: 'application/pdf', bytes: Buffer.from('late') };
    expect(await recordResult(ds.manager, late, file, new Date())).toBe(false);
    expect(runs).toBe(2);
    expect((await second.queue.getJobById(JOB_QUEUE, id))?.state).toBe('completed');
    const download = await editor({ method: 'GET', url: `/api/jobs/${id}/result` });
    expect(download.body).toBe('run 2');
    // The killed worker is left as it is: a dead process does nothing more; its own pool is closed.
    expect(first).toBeDefined();
    await killedDb.close();
  });

  it('is removed with its result by the cleanup once its keeping period is over, not before', async () => {
    const [oldest] = await ds.getRepository(BackgroundJob).find({ order: { createdAt: 'ASC' }, take: 1 });
    const finishedAt = oldest.finishedAt ?? new Date();
    expect(await removeExpiredJobs(ds.manager, new Date(finishedAt.getTime() + 6 * DAY_MS))).toBe(0);
    expect((await editor({ method: 'GET', url: `/api/jobs/${oldest.id}` })).statusCode).toBe(200);
    const removed = await removeExpiredJobs(ds.manager, new Date(Date.now() + 7 * DAY_MS + 60_000));
    expect(removed).toBe(3);
    expect((await editor({ method: 'GET', url: `/api/jobs/${oldest.id}` })).statusCode).toBe(404);
    expect(await ds.getRepository(BackgroundJob).count()).toBe(0);
  });
});
