import type { ReviewCommentView, SaveValuesResult, SubmissionView } from '@prgauge/contracts';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';

/**
 * The review loop on one submission: ratings saved as typed survive a return, a resubmission must answer every
 * open comment (a changed value, added evidence or a reply), and the next return opens its own comments.
 */
describe('the review loop', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let evaluator: Caller;
  let editor: Caller;
  let id: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    evaluator = await callerFor(testApp, fx.logins.evaluator);
    editor = await callerFor(testApp, fx.logins.editorA);
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: 'Loop cycle',
      status: 'open',
      periodStart: '2026-01-01',
      periodEnd: '2099-12-31',
    });
    id = (
      await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'draft', {
        'media.releases': 10,
        'web.answered': 50,
      })
    ).id;
  });
  afterAll(() => testApp.close());

  const view = async () =>
    (await editor({ method: 'GET', url: `/api/submissions/${id}` })).json() as SubmissionView;
  const submit = async () =>
    editor({
      method: 'POST',
      url: `/api/submissions/${id}/submit`,
      payload: { version: (await view()).version },
    });
  const rate = (version: number, value: number) =>
    evaluator({
      method: 'PUT',
      url: `/api/submissions/${id}/values`,
      payload: { version, values: [{ indicator: 'media.quality', value }] },
    });
  const returnWith = async (comments: { indicator?: string; body: string }[]) =>
    evaluator({
      method: 'POST',
      url: `/api/submissions/${id}/return`,
      payload: { version: (await view()).version, comments },
    });
  const reply = (comment: ReviewCommentView, body: string) =>
    editor({ method: 'PUT', url: `/api/submissions/${id}/comments/${comment.id}/reply`, payload: { body } });
  const refusedFields = async () => {
    const refused = await submit();
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'submissions.comments_unanswered']);
    return (refused.json().details as { field: string }[]).map((d) => d.field);
  };

  it('keeps a rating saved before a return, and answers a stale rating with 409', async () => {
    expect((await submit()).json()).toMatchObject({ status: 'submitted' });
    const before = await view();
    const rated = await rate(before.version, 4);
    expect(rated.statusCode).toBe(200);
    const returned = await returnWith([
      { indicator: 'media.releases', body: 'Attach the press log.' },
      { indicator: 'web.answered', body: 'The share looks high.' },
      { body: 'Two indicators need a look.' },
    ]);
    expect(returned.json()).toMatchObject({ status: 'returned' });
    const after = await view();
    expect(after.values.find((v) => v.indicator === 'media.quality')?.value).toBe(4);

    const stale = await rate((rated.json() as SaveValuesResult).version, 2);
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'record.stale_version']);
    expect((await view()).values.find((v) => v.indicator === 'media.quality')?.value).toBe(4);
  });

  it('refuses an unchanged resubmission, naming each unanswered comment', async () => {
    const refused = await submit();
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'submissions.comments_unanswered',
      params: { count: 3, indicators: 'media.releases, web.answered, submission' },
    });
    expect(refused.json().details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['media.releases', 'comment.unanswered'],
      ['web.answered', 'comment.unanswered'],
      ['submission', 'comment.unanswered'],
    ]);
    expect((await view()).status).toBe('returned');
  });

  it('takes each of the three answers: a changed value, added evidence, a reply', async () => {
    const current = await view();
    const changed = await editor({
      method: 'PUT',
      url: `/api/submissions/${id}/values`,
      payload: { version: current.version, values: [{ indicator: 'web.answered', value: 45 }] },
    });
    expect(changed.statusCode).toBe(200);
    expect(await refusedFields()).toEqual(['media.releases', 'submission']);

    const linked = await editor({
      method: 'POST',
      url: `/api/submissions/${id}/evidence/links`,
      payload: { indicator: 'media.releases', url: 'https://example.org/press-log' },
    });
    expect(linked.statusCode).toBe(201);
    expect(await refusedFields()).toEqual(['submission']);

    const general = (await view()).comments.find((c) => c.indicator === null);
    if (!general) throw new Error('the general comment is missing');
    const replied = await reply(general, 'Both are fixed as asked.');
    expect(replied.json()).toMatchObject({ reply: 'Both are fixed as asked.', open: true });

    const resubmitted = await submit();
    expect(resubmitted.json()).toMatchObject({ status: 'submitted' });
    expect((resubmitted.json() as SubmissionView).comments.map((c) => c.open)).toEqual([false, false, false]);
    const late = await reply(general, 'One more thing.');
    expect([late.statusCode, late.json().code]).toEqual([409, 'submissions.comment_closed']);
  });

  it('asks only the latest return’s comments, and a reply on an indicator answers it', async () => {
    await returnWith([{ indicator: 'media.releases', body: 'The link does not open.' }]);
    // The link added for the first return came before this comment, so it does not answer it.
    expect(await refusedFields()).toEqual(['media.releases']);
    const comment = (await view()).comments.find((c) => c.open);
    if (!comment) throw new Error('the new comment is missing');
    expect((await reply(comment, '   ')).json()).toMatchObject({ reply: null });
    expect(await refusedFields()).toEqual(['media.releases']);
    await reply(comment, 'It opens now: the archive was public only inside the office.');
    expect((await submit()).json()).toMatchObject({ status: 'submitted' });
    expect((await view()).values.find((v) => v.indicator === 'media.quality')?.value).toBe(4);
  });
});
