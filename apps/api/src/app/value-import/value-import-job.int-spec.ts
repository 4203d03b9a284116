import type { JobView, SessionUser, ValueImportResult } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { until } from '../../../test/support/job-fixtures';
import type { Caller } from '../../../test/support/fixtures';
import {
  auditedOn,
  checkThenApply,
  type ImportScene,
  openImportScene,
  storedNotes,
  storedValues,
  workbookOf,
} from '../../../test/support/value-import-fixtures';
import { MoveQueuedImportWrites20270220110000 } from '../../migrations/20270220110000-move-queued-import-writes';
import { AuditService } from '../audit/audit.service';
import { sendAll } from '../common/sql-statement';
import { type CycleRecord, findCycle } from '../cycles/cycle-record.facade';
import { type ImportedSubmissionValues, saveImportedValues } from '../submissions/imported-values.facade';
import { enqueueJob } from '../jobs/enqueue-job';
import { QUEUE_SCHEMA } from '../jobs/job-queue-schema';
import { wakeJobWorkers } from '../jobs/job-worker';
import type { ImportWrite } from './apply-value-import';
import { PLAN_LIFETIME_SECONDS, storeQueuedWrites } from './queued-writes.queries';
import { VALUE_IMPORT_JOB, type ValueImportJob } from './value-import-job';
import { ValueImportService } from './value-import.service';

/**
 * A save of more values than `IMPORT_JOB_VALUES` runs as a background job on the app's own worker: here the
 * threshold is 2, so a file of three values goes to the queue.
 */
describe('value import: a large save runs as a background job', () => {
  let scene: ImportScene;

  beforeAll(async () => {
    scene = await openImportScene(SMALL_FRAMEWORK, {}, { IMPORT_JOB_VALUES: '2' });
  });
  afterAll(() => scene.testApp.close());

  it('queues the save, applies every value once, and lists the keys applied as its result', async () => {
    const { testApp, director, cycleId, submissions } = scene;
    const file = {
      name: 'large.xlsx',
      content: await workbookOf([
        ['agency_code', 'indicator_key', 'value'],
        ['A', 'media.releases', 11],
        ['A', 'web.answered', 45],
        ['B', 'media.releases', 7],
      ]),
    };
    const { dryRun, apply } = await checkThenApply(director, cycleId, file);
    expect(dryRun.changes).toHaveLength(3);
    expect(apply.statusCode).toBe(201);
    const queued = apply.json() as ValueImportResult;
    expect(queued).toMatchObject({ applied: 0, kept: [], jobId: expect.any(String) });

    const job = await until(
      async () => (await director({ method: 'GET', url: `/api/jobs/${queued.jobId}` })).json() as JobView,
      (view) => view.state === 'done' || view.state === 'failed',
      'the import job to finish',
    );
    expect(job).toMatchObject({ kind: VALUE_IMPORT_JOB, state: 'done', progress: { done: 2, total: 2 } });
    expect(job.label).toMatch(/ · large\.xlsx$/);
    expect(await storedValues(testApp, submissions.a)).toEqual({ 'media.releases': 11, 'web.answered': 45 });
    expect(await storedValues(testApp, submissions.b)).toEqual({ 'media.releases': 7 });
    const result = await director({ method: 'GET', url: `/api/jobs/${queued.jobId}/result` });
    expect(result.headers['content-type']).toMatch(/^text\/csv/);
    expect(
      result.body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
        .sort(),
    ).toEqual([
      'A/media.releases,applied',
      'A/web.answered,applied',
      'B/media.releases,applied',
      'key,outcome',
    ]);

    // The checked writes waited apart from the queue's job row and were taken by the transaction that saved them.
    const db = testApp.app.get(DataSource);
    expect(await db.query(`SELECT job_id FROM value_import_plan`)).toEqual([]);
    // A worker lost after the commit runs the job again: it finds nothing left and writes nothing twice.
    const [stored] = (await db.query(`SELECT data FROM ${QUEUE_SCHEMA}.job WHERE id = $1`, [
      queued.jobId,
    ])) as {
      data: ValueImportJob;
    }[];
    expect(stored.data).not.toHaveProperty('writes');
    const again = await testApp.app
      .get(ValueImportService)
      .applyQueued(stored.data, { jobId: queued.jobId as string, reportProgress: () => Promise.resolve() });
    expect(again).toEqual({ applied: 0, kept: [], appliedKeys: [] });
    expect(await storedValues(testApp, submissions.a)).toEqual({ 'media.releases': 11, 'web.answered': 45 });
  });

  it('changes stored values and adds new ones in one queued save, keeping stored notes and auditing the old values', async () => {
    const { testApp, director, cycleId, submissions } = scene;
    const first = await checkThenApply(director, cycleId, {
      name: 'first.xlsx',
      content: await workbookOf([
        ['agency_code', 'indicator_key', 'value', 'comment'],
        ['C', 'media.releases', 3, 'from the press office'],
        ['B', 'media.releases', 8, null],
      ]),
    });
    // Two values stay within the threshold: saved in the request.
    expect(first.apply.json()).toMatchObject({ applied: 2 });
    const second = await checkThenApply(director, cycleId, {
      name: 'second.xlsx',
      content: await workbookOf([
        ['agency_code', 'indicator_key', 'value', 'comment'],
        ['C', 'media.releases', 4, null],
        ['C', 'web.answered', 40, 'new'],
        ['B', 'web.answered', 12, null],
      ]),
    });
    expect(second.dryRun.changes.map((c) => [c.key, c.current, c.next])).toEqual([
      ['C/media.releases', 3, 4],
      ['C/web.answered', null, 40],
      ['B/web.answered', null, 12],
    ]);
    await finishedJob(director, second.apply.json() as ValueImportResult);
    expect(await storedValues(testApp, submissions.c)).toEqual({ 'media.releases': 4, 'web.answered': 40 });
    expect(await storedNotes(testApp, submissions.c)).toEqual({
      'media.releases': 'from the press office',
      'web.answered': 'new',
    });
    expect(await storedValues(testApp, submissions.b)).toEqual({ 'media.releases': 8, 'web.answered': 12 });
    const audited = await auditedOn(testApp, submissions.c, 'submission.values');
    expect(audited.at(-1)).toEqual({
      reason: 'second.xlsx',
      changes: [
        { field: 'media.releases', old: 3, new: 4 },
        { field: 'web.answered', old: null, new: 40 },
        { field: 'web.answered.note', old: null, new: 'new' },
      ],
    });
  });

  it('forgets a plan no job can take any more when the next import is queued, and keeps younger ones', async () => {
    const db = scene.testApp.app.get(DataSource);
    const [lost, waiting, queued] = [
      '00000000-0000-4000-8000-0000000000a1',
      '00000000-0000-4000-8000-0000000000a2',
      '00000000-0000-4000-8000-0000000000a3',
    ];
    await db.query(
      `INSERT INTO value_import_plan (job_id, writes, created_at)
       VALUES ($1, '{}', now() - make_interval(secs => $3 + 60)), ($2, '{}', now() - make_interval(secs => $3 - 60))`,
      [lost, waiting, PLAN_LIFETIME_SECONDS],
    );
    await storeQueuedWrites(db.manager, queued, []);
    const kept = (await db.query(`SELECT job_id FROM value_import_plan ORDER BY job_id`)) as {
      job_id: string;
    }[];
    expect(kept.map((row) => row.job_id)).toEqual([waiting, queued]);
    await db.query(`DELETE FROM value_import_plan`);
  });

  it('saves an import queued by the previous release, whose writes rode in the job, once the upgrade has run', async () => {
    const { testApp, director, cycleId, submissions, fx } = scene;
    const user = (await director({ method: 'GET', url: '/api/auth/me' })).json() as SessionUser;
    const writes: ImportWrite[] = [
      {
        submissionId: submissions.a,
        agencyCode: 'A',
        overwrite: false,
        entries: [{ indicator: 'media.releases', value: 21, note: 'from last release', expected: 11 }],
      },
    ];
    const db = testApp.app.get(DataSource);
    // Queued and upgraded in one transaction, so no worker can take the job before its writes have moved.
    const jobId = await db.transaction(async (manager) => {
      const id = await enqueueJob(manager, {
        kind: VALUE_IMPORT_JOB,
        regionId: fx.region.id,
        requestedBy: user.id,
        data: { cycleId, fileName: 'old.xlsx', kept: [], user, ip: '127.0.0.1', writes },
      });
      const runner = manager.queryRunner;
      if (!runner) throw new Error('a transaction has its query runner');
      await new MoveQueuedImportWrites20270220110000().up(runner);
      return id;
    });
    const [queued] = (await db.query(`SELECT data FROM ${QUEUE_SCHEMA}.job WHERE id = $1`, [jobId])) as {
      data: object;
    }[];
    expect(queued.data).not.toHaveProperty('writes');
    wakeJobWorkers();
    const job = await until(
      async () => (await director({ method: 'GET', url: `/api/jobs/${jobId}` })).json() as JobView,
      (view) => view.state === 'done' || view.state === 'failed',
      'the upgraded import job to finish',
    );
    expect(job.state).toBe('done');
    expect(await storedValues(testApp, submissions.a)).toEqual({ 'media.releases': 21, 'web.answered': 45 });
  });

  it('saves in rounds, reporting after each, every value once', async () => {
    const { testApp, director, cycleId, submissions } = scene;
    const db = testApp.app.get(DataSource);
    const cycle = (await findCycle(db.manager, cycleId)) as CycleRecord;
    const user = (await director({ method: 'GET', url: '/api/auth/me' })).json() as SessionUser;
    const agencies = ['a', 'b', 'c'] as const;
    const batches: ImportedSubmissionValues[] = [];
    for (const [i, agency] of agencies.entries()) {
      const current = (await storedValues(testApp, submissions[agency]))['web.answered'] ?? null;
      batches.push({
        submissionId: submissions[agency],
        overwrite: false,
        entries: [{ indicator: 'web.answered', value: 60 + i, note: null, expected: current }],
      });
    }
    const reports: [number, number][] = [];
    await db.transaction((manager) =>
      saveImportedValues(manager, new AuditService(), cycle, batches, {
        actor: { user, requestId: 'rounds', ip: '127.0.0.1' },
        now: new Date(),
        reason: 'rounds.csv',
        progress: { round: 1, report: (done, total) => void reports.push([done, total]) },
      }),
    );
    expect(reports).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    for (const [i, agency] of agencies.entries()) {
      expect((await storedValues(testApp, submissions[agency]))['web.answered']).toBe(60 + i);
      const audited = await auditedOn(testApp, submissions[agency], 'submission.values');
      expect(audited.filter((a) => a.reason === 'rounds.csv')).toHaveLength(1);
    }
  });

  it('sends a round of statements in order: the first failure rejects it, and its transaction keeps nothing', async () => {
    const { testApp, submissions } = scene;
    const db = testApp.app.get(DataSource);
    const insert = (key: string, value: string) => ({
      sql: `INSERT INTO submission_value (submission_id, indicator_key, value) VALUES ($1, $2, $3::float8)`,
      parameters: [submissions.c, key, value],
    });
    const failure = db.transaction((manager) =>
      sendAll(manager, [
        insert('round.first', '1'),
        insert('round.bad', 'not a number'),
        insert('round.third', '3'),
      ]),
    );
    await expect(failure).rejects.toThrow(/invalid input syntax for type double precision/);
    expect(
      await db.query(`SELECT indicator_key FROM submission_value WHERE indicator_key LIKE 'round.%'`),
    ).toEqual([]);
  });
});

/** Waits for a queued import to end, and fails unless it is done. */
async function finishedJob(director: Caller, queued: ValueImportResult): Promise<void> {
  const job = await until(
    async () => (await director({ method: 'GET', url: `/api/jobs/${queued.jobId}` })).json() as JobView,
    (view) => view.state === 'done' || view.state === 'failed',
    'the import job to finish',
  );
  expect(job.state).toBe('done');
}
