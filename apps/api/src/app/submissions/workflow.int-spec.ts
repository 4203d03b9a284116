import {
  frameworkDocumentLeaves,
  type RankingResponse,
  type ReviewQueueItem,
  type SaveValuesResult,
  type SubmissionView,
} from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { multipartBody } from '../../../test/support/multipart';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { AuditEntry } from '../audit/audit-entry.entity';
import { demoPdf } from '../../demo/demo-files';
import { itemsOf } from '../../../test/support/pages';

/** The small framework with evidence required for press releases. */
const FRAMEWORK = structuredClone(SMALL_FRAMEWORK);
frameworkDocumentLeaves(FRAMEWORK)[0].evidenceRequired = true;

describe('the evaluation workflow, end to end', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let evaluator: Caller;
  let editorA: Caller;
  let editorB: Caller;
  let cycleId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    evaluator = await callerFor(testApp, fx.logins.evaluator);
    editorA = await callerFor(testApp, fx.logins.editorA);
    editorB = await callerFor(testApp, fx.logins.editorB);
  });
  afterAll(() => testApp.close());

  const mine = async (editor: Caller) =>
    (
      await editor({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` })
    ).json() as SubmissionView;
  const save = (
    caller: Caller,
    submission: { id: string; version: number },
    values: { indicator: string; value: number | boolean | null }[],
    version = submission.version,
  ) =>
    caller({ method: 'PUT', url: `/api/submissions/${submission.id}/values`, payload: { version, values } });

  it('1. a director creates a cycle and opens it; every agency gets a draft', async () => {
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Evaluation 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadline: '2099-01-31T18:00:00Z',
        framework: FRAMEWORK,
      },
    });
    expect(created.statusCode).toBe(201);
    cycleId = created.json().id;
    const opened = await director({ method: 'POST', url: `/api/cycles/${cycleId}/open` });
    expect(opened.json()).toMatchObject({ status: 'open' });
    const queue = itemsOf<ReviewQueueItem>(
      await evaluator({ method: 'GET', url: `/api/cycles/${cycleId}/review-queue` }),
    );
    expect(queue.map((q) => [q.agencyCode, q.status])).toEqual([
      ['A', 'draft'],
      ['B', 'draft'],
      ['C', 'draft'],
    ]);
  });

  it('2. the agency saves values; submitting without evidence lists what is missing', async () => {
    const draft = await mine(editorA);
    const saved = await save(editorA, draft, [
      { indicator: 'media.releases', value: 30 },
      { indicator: 'web.answered', value: 80 },
    ]);
    expect(saved.statusCode).toBe(200);
    const current = saved.json() as SaveValuesResult;
    expect(current.version).toBe(draft.version + 1);
    expect(current.values.find((v) => v.indicator === 'media.releases')?.value).toBe(30);

    const refused = await editorA({
      method: 'POST',
      url: `/api/submissions/${current.id}/submit`,
      payload: { version: current.version },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'submission.incomplete',
      params: { count: 1 },
      message: 'The submission is not complete: 1 problem(s) to fix before submitting',
    });
    expect(refused.json().details).toEqual([
      {
        code: 'indicator.evidence_missing',
        field: 'media.releases',
        params: { indicator: 'media.releases', title: 'Press releases' },
        problems: ['needs evidence'],
      },
    ]);
  });

  it('3. the agency may not rate itself, nor enter an impossible value', async () => {
    const draft = await mine(editorA);
    const rating = await save(editorA, draft, [{ indicator: 'media.quality', value: 5 }]);
    expect(rating.statusCode).toBe(400);
    expect(rating.json()).toMatchObject({ code: 'submission.values_invalid', params: { count: 1 } });
    expect(rating.json().details[0]).toMatchObject({
      field: 'values[0].indicator',
      code: 'indicator.filled_by_other',
      params: { indicator: 'media.quality', title: 'Quality rating', source: 'evaluator' },
    });
    const percent = await save(editorA, draft, [{ indicator: 'web.answered', value: 140 }]);
    expect(percent.json().details).toEqual([
      {
        code: 'field.too_large',
        field: 'values[0].value',
        params: { indicator: 'web.answered', title: 'Comments answered', max: 100 },
        problems: ['web.answered is a percentage and must not exceed 100'],
      },
    ]);
    const unknown = await save(editorA, draft, [{ indicator: 'web.missing', value: 1 }]);
    expect(unknown.json().details).toEqual([
      {
        code: 'field.unknown_reference',
        field: 'values[0].indicator',
        params: { indicator: 'web.missing' },
        problems: ['"web.missing" is not an indicator of this cycle'],
      },
    ]);
    const twice = await save(editorA, draft, [
      { indicator: 'web.answered', value: 40 },
      { indicator: 'web.answered', value: 50 },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().details).toEqual([
      { code: 'field.not_unique', field: 'values', problems: ['values must name each indicator once'] },
    ]);
  });

  it('4. evidence by content: a PDF is accepted, a disguised program is refused, the file downloads intact', async () => {
    const draft = await mine(editorA);
    const pdf = demoPdf('Press releases 2026');
    const upload = await editorA({
      method: 'POST',
      url: `/api/submissions/${draft.id}/evidence`,
      ...multipartBody({ indicator: 'media.releases' }, { name: 'releases.pdf', content: pdf }),
    });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({
      kind: 'file',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });

    const fake = await editorA({
      method: 'POST',
      url: `/api/submissions/${draft.id}/evidence`,
      ...multipartBody(
        { indicator: 'media.releases' },
        { name: 'photo.png', content: Buffer.from('MZ\x90\x00 program') },
      ),
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().details[0].field).toBe('file');

    const download = await editorA({ method: 'GET', url: `/api/evidence/${upload.json().id}/content` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const foreign = await editorB({ method: 'GET', url: `/api/evidence/${upload.json().id}/content` });
    expect(foreign.statusCode).toBe(404);
  });

  it('5. a save with a stale version gets 409 with the current state, and changes nothing', async () => {
    const current = await mine(editorA);
    const stale = await save(
      editorA,
      current,
      [{ indicator: 'web.answered', value: 10 }],
      current.version - 1,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('record.stale_version');
    expect(stale.json().current).toMatchObject({ id: current.id, version: current.version });
    expect((await mine(editorA)).values.find((v) => v.indicator === 'web.answered')?.value).toBe(80);
  });

  it('6. another agency cannot read or change this submission', async () => {
    const a = await mine(editorA);
    const foreign = await editorB({ method: 'GET', url: `/api/submissions/${a.id}` });
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'record.not_found']);
    expect((await save(editorB, a, [{ indicator: 'web.answered', value: 1 }])).statusCode).toBe(404);
  });

  it('7. the agency submits; the evaluator returns it with a comment per indicator', async () => {
    const a = await mine(editorA);
    const submitted = await editorA({
      method: 'POST',
      url: `/api/submissions/${a.id}/submit`,
      payload: { version: a.version },
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', editable: false });
    const locked = await save(editorA, submitted.json(), [{ indicator: 'web.answered', value: 81 }]);
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({
      code: 'submission.with_reviewers',
      params: { status: 'submitted' },
    });
    const resubmitted = await editorA({
      method: 'POST',
      url: `/api/submissions/${a.id}/submit`,
      payload: { version: submitted.json().version },
    });
    expect([resubmitted.statusCode, resubmitted.json().code]).toEqual([409, 'submission.with_reviewers']);

    const returned = await evaluator({
      method: 'POST',
      url: `/api/submissions/${a.id}/return`,
      payload: {
        version: submitted.json().version,
        comments: [{ indicator: 'web.answered', body: 'Attach the moderation log.' }],
      },
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', editable: true });
    expect((await mine(editorA)).comments).toEqual([
      expect.objectContaining({ indicator: 'web.answered', body: 'Attach the moderation log.' }),
    ]);
  });

  it('8. the agency fixes a value and resubmits; the queue counts one change since the review', async () => {
    const a = await mine(editorA);
    const fixed = (
      await save(editorA, a, [{ indicator: 'web.answered', value: 75 }])
    ).json() as SaveValuesResult;
    const submitted = await editorA({
      method: 'POST',
      url: `/api/submissions/${a.id}/submit`,
      payload: { version: fixed.version },
    });
    // The answer carries the moment just stored, as reading the submission again does.
    const reread = (await editorA({ method: 'GET', url: `/api/submissions/${a.id}` })).json();
    expect(submitted.json().submittedAt).toEqual(expect.any(String));
    expect(submitted.json().submittedAt).toBe(reread.submittedAt);
    const queue = itemsOf<ReviewQueueItem>(
      await evaluator({ method: 'GET', url: `/api/cycles/${cycleId}/review-queue?status=submitted` }),
    );
    expect(queue.map((q) => [q.agencyCode, q.changedSinceReview])).toEqual([['A', 1]]);
  });

  it('9. approval needs the rating; the evaluator rates, approves, and the submission locks', async () => {
    const a = await mine(editorA);
    const early = await evaluator({
      method: 'POST',
      url: `/api/submissions/${a.id}/approve`,
      payload: { version: a.version },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'submission.ratings_missing',
      params: { count: 1 },
      message: 'Rate every evaluator indicator before approving: 1 not rated',
    });
    expect(early.json().details).toEqual([
      {
        code: 'indicator.rating_missing',
        field: 'media.quality',
        params: { indicator: 'media.quality', title: 'Quality rating' },
        problems: ['needs an evaluator rating'],
      },
    ]);

    const rated = (
      await save(evaluator, a, [{ indicator: 'media.quality', value: 4 }])
    ).json() as SaveValuesResult;
    const approved = await evaluator({
      method: 'POST',
      url: `/api/submissions/${a.id}/approve`,
      payload: { version: rated.version },
    });
    expect(approved.json()).toMatchObject({ status: 'approved', editable: false });
    const storedApproval = (await evaluator({ method: 'GET', url: `/api/submissions/${a.id}` })).json();
    expect(approved.json().approvedAt).toEqual(expect.any(String));
    expect(approved.json().approvedAt).toBe(storedApproval.approvedAt);
    const afterApproval = await save(editorA, approved.json(), [{ indicator: 'web.answered', value: 1 }]);
    expect([afterApproval.statusCode, afterApproval.json().code]).toEqual([
      409,
      'submission.approved_locked',
    ]);
    const rerate = await save(evaluator, approved.json(), [{ indicator: 'media.quality', value: 2 }]);
    expect([rerate.statusCode, rerate.json().code]).toEqual([409, 'submission.approved_locked']);
    const again = await evaluator({
      method: 'POST',
      url: `/api/submissions/${a.id}/approve`,
      payload: { version: approved.json().version },
    });
    expect([again.statusCode, again.json().code, again.json().params]).toEqual([
      409,
      'submission.not_submitted',
      { status: 'approved', action: 'approve' },
    ]);
  });

  it('10. the director closes and publishes; an anonymous visitor reads the ranking', async () => {
    const early = await director({ method: 'POST', url: `/api/cycles/${cycleId}/publish` });
    expect([early.statusCode, early.json().code, early.json().params]).toEqual([
      409,
      'cycle.wrong_status',
      { action: 'publish', status: 'open', expected: 'review' },
    ]);
    expect((await director({ method: 'POST', url: `/api/cycles/${cycleId}/close` })).json()).toMatchObject({
      status: 'review',
    });
    expect((await director({ method: 'POST', url: `/api/cycles/${cycleId}/publish` })).statusCode).toBe(201);
    const ranking = (
      await testApp.request({ method: 'GET', url: `/api/cycles/${cycleId}/ranking` })
    ).json() as RankingResponse;
    // A: releases 30 (the only value → minmax 100), quality 4/5 = 80 → media 90; web 75 → 0.6 × 90 + 0.4 × 75 = 84.
    expect(ranking.rows.map((r) => [r.code, r.rank, r.total])).toEqual([
      ['A', 1, 84],
      // Neither has an approved submission: listed, unscored and unranked.
      ['B', null, null],
      ['C', null, null],
    ]);
  });

  it('11. every step is in the audit trail, which the database refuses to rewrite', async () => {
    const ds = testApp.app.get(DataSource);
    const actions = (
      await ds.getRepository(AuditEntry).find({ where: { cycleId }, order: { id: 'ASC' } })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'cycle.create',
        'cycle.open',
        'submission.values',
        'evidence.add',
        'submission.submitted',
        'submission.returned',
        'submission.approved',
        'cycle.close',
        'cycle.publish',
      ]),
    );
    const values = await ds
      .getRepository(AuditEntry)
      .findOneOrFail({ where: { cycleId, action: 'submission.values' }, order: { id: 'ASC' } });
    expect(values.changes).toEqual(expect.arrayContaining([{ field: 'media.releases', old: null, new: 30 }]));
    expect(values.requestId).toBeTruthy();
    // The API's role may not rewrite it; the table's triggers would refuse even its owner.
    await expect(
      ds.query(`UPDATE audit_entry SET action = 'forged' WHERE id = $1`, [values.id]),
    ).rejects.toThrow('permission denied for table audit_entry');
    await expect(ds.query('DELETE FROM audit_entry')).rejects.toThrow(
      'permission denied for table audit_entry',
    );
  });
});
