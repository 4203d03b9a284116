import type { SaveValuesResult, SubmissionView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { insertCycle, insertSubmission, SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { statementsOf } from '../../../test/support/sent-statements';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { auditEntries } from '../audit/audit-entries';

type Entry = { indicator: string; value: number | null; note?: string };

/** What a signed-in save sends once the instance keeps its submission: the session with its account, the save. */
const SESSION_AND_SAVE = ['auth-live-session', 'submission-save-values'];

describe('saving values in one statement', () => {
  let first: TestApp;
  let second: TestApp;
  let fx: RegionFixture;
  let editorA: Caller;
  let editorB: Caller;
  let editorAOnSecond: Caller;
  let director: Caller;
  let cycleId: string;
  let db: DataSource;

  beforeAll(async () => {
    first = await createTestApp();
    fx = await seedRegions(first);
    second = await createTestApp(first.database);
    db = first.app.get(DataSource);
    director = await callerFor(first, fx.logins.director);
    editorA = await callerFor(first, fx.logins.editorA);
    editorB = await callerFor(first, fx.logins.editorB);
    editorAOnSecond = await callerFor(second, fx.logins.editorA);
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name: 'Saves',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        deadline: '2099-01-31T18:00:00Z',
        framework: SMALL_FRAMEWORK,
      },
    });
    cycleId = created.json().id;
    await director({ method: 'POST', url: `/api/cycles/${cycleId}/open` });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const mine = async (editor: Caller) =>
    (
      await editor({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` })
    ).json() as SubmissionView;
  const save = (editor: Caller, id: string, version: number, values: Entry[]) =>
    editor({ method: 'PUT', url: `/api/submissions/${id}/values`, payload: { version, values } });
  /** The submission's value saves in the audit trail, oldest first, read through the audit module's own search. */
  const valuesAudit = async (submissionId: string) =>
    (await auditEntries(db.manager, { action: 'submission.values' }, { offset: 0, limit: 1000 })).items
      .filter((e) => e.entityId === submissionId)
      .reverse();

  it('sends one statement for a save once the instance keeps the submission, besides the session', async () => {
    const a = await mine(editorA);
    const warm = (await save(editorA, a.id, a.version, [{ indicator: 'web.answered', value: 5 }])).json();
    let answer: SaveValuesResult | undefined;
    const sent = await statementsOf(async () => {
      answer = (await save(editorA, a.id, warm.version, [{ indicator: 'web.answered', value: 6 }])).json();
    });
    expect(sent).toEqual(SESSION_AND_SAVE);
    expect(answer).toMatchObject({
      version: warm.version + 1,
      values: [{ indicator: 'web.answered', value: 6 }],
    });
  });

  it('reads the submission again, once, after the other instance saved it', async () => {
    const a = await mine(editorA);
    const there = (
      await save(editorAOnSecond, a.id, a.version, [{ indicator: 'web.answered', value: 7 }])
    ).json();
    const sent = await statementsOf(() =>
      save(editorA, a.id, there.version, [{ indicator: 'web.answered', value: 8 }]),
    );
    expect(sent).not.toContain('START TRANSACTION');
    expect(sent.filter((s) => / FROM "submission" "s"/.test(s))).toHaveLength(1);
    expect(sent.at(-1)).toBe('submission-save-values');
    const again = await statementsOf(() =>
      save(editorA, a.id, there.version + 1, [{ indicator: 'web.answered', value: 9 }]),
    );
    expect(again).toEqual(SESSION_AND_SAVE);
  });

  it('writes the same rows, audit entries and answers as the locked path', async () => {
    const steps: Entry[][] = [
      [{ indicator: 'media.releases', value: 12, note: 'first' }],
      [{ indicator: 'media.releases', value: 12 }],
      [
        { indicator: 'media.releases', value: 13, note: 'first' },
        { indicator: 'web.answered', value: 40 },
      ],
      [{ indicator: 'media.releases', value: null, note: 'second' }],
    ];
    /**
     * Saves every step into `agency`'s submission. With `locked`, a refused save first makes the instance keep
     * the submission, and its row then moves, so that the kept copy is stale and the locked path must save.
     */
    const run = async (caller: Caller, agencyId: string, locked: boolean) => {
      const [{ id, version: start }] = await db.query(
        'SELECT id, version FROM submission WHERE cycle_id = $1 AND agency_id = $2',
        [cycleId, agencyId],
      );
      let version: number = start;
      const answers: unknown[] = [];
      const paths: string[] = [];
      for (const values of steps) {
        if (locked) {
          const refused = await save(caller, id, version, [{ indicator: 'web.answered', value: -1 }]);
          expect(refused.json().code).toBe('submission.values_invalid');
          await db.query('UPDATE submission SET updated_at = updated_at WHERE id = $1', [id]);
        }
        let body: SaveValuesResult | undefined;
        const sent = await statementsOf(
          async () => (body = (await save(caller, id, version, values)).json()),
        );
        paths.push(sent.includes('START TRANSACTION') ? 'locked' : 'one statement');
        version = (body as SaveValuesResult).version;
        answers.push({
          ...body,
          id: undefined,
          values: body?.values.map((v) => ({ ...v, updatedAt: typeof v.updatedAt })),
        });
      }
      const rows = await db.query(
        'SELECT indicator_key, value, note FROM submission_value WHERE submission_id = $1 ORDER BY indicator_key',
        [id],
      );
      const audit = (await valuesAudit(id)).map((e) => ({
        action: e.action,
        entity: e.entity,
        changes: e.changes,
        reason: e.reason,
        regionId: e.regionId,
        agencyId: e.agencyId === agencyId,
        cycleId: e.cycleId,
        userId: typeof e.userId,
        requestId: typeof e.requestId,
      }));
      return { answers, rows, audit, paths };
    };
    const quick = await run(editorB, fx.agencies.b.id, false);
    const locked = await run(director, fx.agencies.c.id, true);
    expect(quick.paths).toEqual(Array(4).fill('one statement'));
    expect(locked.paths).toEqual(Array(4).fill('locked'));
    expect(quick.audit.map((e) => e.changes)).toEqual([
      [
        { field: 'media.releases', old: null, new: 12 },
        { field: 'media.releases.note', old: null, new: 'first' },
      ],
      [],
      [
        { field: 'media.releases', old: 12, new: 13 },
        { field: 'web.answered', old: null, new: 40 },
      ],
      [
        { field: 'media.releases', old: 13, new: null },
        { field: 'media.releases.note', old: 'first', new: 'second' },
      ],
    ]);
    expect(quick.rows).toEqual([
      { indicator_key: 'media.releases', value: null, note: 'second' },
      { indicator_key: 'web.answered', value: 40, note: null },
    ]);
    expect(quick).toEqual({ ...locked, paths: quick.paths });
  });

  it('two saves of one version at once, on two instances: one is saved, the other gets 409 with it', async () => {
    const a = await mine(editorA);
    const before = (await valuesAudit(a.id)).length;
    const answers = await Promise.all([
      save(editorA, a.id, a.version, [{ indicator: 'media.releases', value: 1 }]),
      save(editorAOnSecond, a.id, a.version, [{ indicator: 'media.releases', value: 2 }]),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const won = answers.find((r) => r.statusCode === 200)?.json() as SaveValuesResult;
    const lost = answers.find((r) => r.statusCode === 409)?.json();
    expect(lost).toMatchObject({ code: 'record.stale_version', current: { id: a.id, version: won.version } });
    expect(won.version).toBe(a.version + 1);
    const stored = (await mine(editorA)).values.find((v) => v.indicator === 'media.releases')?.value;
    expect(stored).toBe(won.values[0].value);
    expect((await valuesAudit(a.id)).length).toBe(before + 1);
  });

  it('a cycle closed through another instance refuses the save the first instance keeps', async () => {
    const a = await mine(editorA);
    const kept = (await save(editorA, a.id, a.version, [{ indicator: 'web.answered', value: 70 }])).json();
    const directorOnSecond = await callerFor(second, fx.logins.director);
    expect((await directorOnSecond({ method: 'POST', url: `/api/cycles/${cycleId}/close` })).statusCode).toBe(
      200,
    );
    const late = [{ indicator: 'web.answered', value: 71 }];
    const onFirst = await save(editorA, a.id, kept.version, late);
    const onSecond = await save(editorAOnSecond, a.id, kept.version, late);
    expect(onFirst.statusCode).toBe(409);
    expect(onFirst.json()).toEqual(onSecond.json());
    expect((await mine(editorA)).values.find((v) => v.indicator === 'web.answered')?.value).toBe(70);
  });

  it("moves last cycle's values when a published cycle's period changes, on either instance", async () => {
    const lastYear = await insertCycle(first, {
      regionId: fx.region.id,
      name: 'Last year',
      status: 'review',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    await insertSubmission(first, lastYear.id, fx.agencies.a.id, 'approved', { 'web.answered': 50 });
    expect((await director({ method: 'POST', url: `/api/cycles/${lastYear.id}/publish` })).statusCode).toBe(
      201,
    );
    const previousOf = async (editor: Caller) =>
      (await mine(editor)).values.find((v) => v.indicator === 'web.answered')?.previous;
    expect([await previousOf(editorA), await previousOf(editorAOnSecond)]).toEqual([50, 50]);

    const { version } = (await director({ method: 'GET', url: `/api/cycles/${lastYear.id}` })).json();
    const moved = await director({
      method: 'PATCH',
      url: `/api/cycles/${lastYear.id}`,
      payload: { version, periodEnd: '2026-06-30' },
    });
    expect(moved.statusCode).toBe(200);
    // It now ends after this cycle starts, so it is no longer "last cycle" for it.
    expect(await previousOf(editorA)).toBeNull();
    // The second instance hears of it through the change feed, a moment later.
    const deadline = Date.now() + 10_000;
    while ((await previousOf(editorAOnSecond)) !== null && Date.now() < deadline);
    expect(await previousOf(editorAOnSecond)).toBeNull();
  });
});
