import type { ValueImportResult } from '@prgauge/contracts';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { insertCycle, SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture } from '../../../test/support/fixtures';
import type { TestApp } from '../../../test/support/test-app';
import {
  addAgency,
  auditedOn,
  retireAgency,
  submissionOf,
  checkThenApply,
  openImportScene,
  sendValues,
  storedValues,
  submissionRow,
  workbookOf,
} from '../../../test/support/value-import-fixtures';

const longFile = (rows: (string | number)[][]) =>
  workbookOf([['agency_code', 'indicator_key', 'value', 'comment'], ...rows]);

describe('value import: who may import what, and overwriting submitted or approved data', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let cycleId: string;
  let submissions: Record<'a' | 'b' | 'c', string>;

  beforeAll(async () => {
    ({ testApp, fx, director, cycleId, submissions } = await openImportScene(SMALL_FRAMEWORK, {
      a: { status: 'draft', values: { 'media.releases': 1 } },
      b: { status: 'submitted', values: { 'media.releases': 2, 'web.answered': 20 } },
      c: { status: 'approved', values: { 'media.releases': 3, 'web.answered': 30, 'media.quality': 4 } },
    }));
  });
  afterAll(() => testApp.close());

  it("lets an agency editor import their own agency's values, and gives them only their row", async () => {
    const editorA = await callerFor(testApp, fx.logins.editorA);
    const template = await editorA({
      method: 'GET',
      url: `/api/cycles/${cycleId}/value-import/template.xlsx`,
    });
    expect(template.statusCode).toBe(200);
    const { dryRun, apply } = await checkThenApply(editorA, cycleId, {
      name: 'mine.xlsx',
      content: await longFile([['A', 'media.releases', 11]]),
    });
    expect(dryRun.problems).toEqual([]);
    expect(apply.statusCode).toBe(201);
    expect(await storedValues(testApp, submissions.a)).toEqual({ 'media.releases': 11 });
  });

  it("refuses an editor's file that touches another agency: a problem at the row, 400 and nothing saved", async () => {
    const editorA = await callerFor(testApp, fx.logins.editorA);
    const content = await longFile([
      ['A', 'web.answered', 45],
      ['B', 'web.answered', 99],
    ]);
    const dry = (
      await sendValues(editorA, cycleId, { name: 'other.xlsx', content }, { mode: 'dry_run' })
    ).json() as ValueImportResult;
    expect(dry.problems).toEqual([
      {
        sheet: 'Data',
        row: 3,
        column: 'A',
        code: 'value_import.agency_out_of_scope',
        params: { agency: 'B' },
      },
    ]);
    const apply = await sendValues(
      editorA,
      cycleId,
      { name: 'other.xlsx', content },
      { mode: 'apply', fingerprint: dry.fingerprint },
    );
    expect(apply.statusCode).toBe(400);
    expect(await storedValues(testApp, submissions.a)).toEqual({ 'media.releases': 11 });
    expect((await storedValues(testApp, submissions.b))['web.answered']).toBe(20);
  });

  it("answers 404 for another region's cycle, to its director, for the template and the upload", async () => {
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    const content = await longFile([['A', 'web.answered', 1]]);
    const upload = await sendValues(south, cycleId, { name: 'x.xlsx', content }, { mode: 'dry_run' });
    expect(upload.statusCode).toBe(404);
    const template = await south({ method: 'GET', url: `/api/cycles/${cycleId}/value-import/template.xlsx` });
    expect(template.statusCode).toBe(404);
  });

  it('lets an evaluator check a file but not save agency figures (403, nothing saved)', async () => {
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    const { dryRun, apply } = await checkThenApply(evaluator, cycleId, {
      name: 'e.xlsx',
      content: await longFile([['A', 'web.answered', 70]]),
    });
    expect(dryRun.problems).toEqual([]);
    expect(apply.statusCode).toBe(403);
    expect(apply.json()).toMatchObject({ code: 'value_import.apply_not_allowed' });
    expect((await storedValues(testApp, submissions.a))['web.answered']).toBeUndefined();
  });

  it('lists overwrites of submitted and approved data apart, and keeps them all when none is ticked', async () => {
    const content = await longFile([
      ['A', 'web.answered', 40],
      ['B', 'media.releases', 22],
      ['B', 'web.answered', 25],
      ['C', 'web.answered', 35],
    ]);
    const { dryRun, apply } = await checkThenApply(director, cycleId, { name: 'o.xlsx', content });
    expect(dryRun.changes.map((c) => c.key)).toEqual(['A/web.answered']);
    expect(dryRun.overwrites.map((c) => [c.key, c.current, c.next, c.status])).toEqual([
      ['B/media.releases', 2, 22, 'submitted'],
      ['B/web.answered', 20, 25, 'submitted'],
      ['C/web.answered', 30, 35, 'approved'],
    ]);
    expect(apply.statusCode).toBe(201);
    expect(apply.json()).toMatchObject({
      applied: 1,
      kept: ['B/media.releases', 'B/web.answered', 'C/web.answered'],
    });
    expect((await storedValues(testApp, submissions.a))['web.answered']).toBe(40);
    expect(await storedValues(testApp, submissions.b)).toEqual({ 'media.releases': 2, 'web.answered': 20 });
    expect(await submissionRow(testApp, submissions.c)).toMatchObject({ status: 'approved' });
  });

  it('overwrites exactly the ticked keys; an approved submission goes back to its reviewers', async () => {
    const content = await longFile([
      ['B', 'media.releases', 22],
      ['B', 'web.answered', 25],
      ['C', 'web.answered', 35],
    ]);
    const before = await submissionRow(testApp, submissions.c);
    const { apply } = await checkThenApply(director, cycleId, { name: 'tick.xlsx', content }, [
      'B/web.answered',
      'C/web.answered',
    ]);
    expect(apply.statusCode).toBe(201);
    expect(apply.json()).toMatchObject({ applied: 2, kept: ['B/media.releases'] });
    expect(await storedValues(testApp, submissions.b)).toEqual({ 'media.releases': 2, 'web.answered': 25 });
    expect((await storedValues(testApp, submissions.c))['web.answered']).toBe(35);
    expect(await submissionRow(testApp, submissions.b)).toMatchObject({ status: 'submitted' });
    expect(await submissionRow(testApp, submissions.c)).toEqual({
      status: 'submitted',
      version: before.version + 1,
    });
    const audit = await auditedOn(testApp, submissions.c, 'submission.submitted');
    expect(audit.map((e) => [e.changes, e.reason])).toEqual([
      [[{ field: 'status', old: 'approved', new: 'submitted' }], 'tick.xlsx'],
    ]);
  });

  it("keeps an agency's own editor from changing figures already with the reviewers, ticked or not, as the form does", async () => {
    const editorB = await callerFor(testApp, fx.logins.editorB);
    const before = await storedValues(testApp, submissions.b);
    const content = await longFile([['B', 'web.answered', 26]]);
    const checked = await sendValues(editorB, cycleId, { name: 'mine.xlsx', content }, { mode: 'dry_run' });
    const dryRun = checked.json() as ValueImportResult;
    expect([dryRun.overwrites, dryRun.problems.map((p) => [p.row, p.column, p.code, p.params])]).toEqual([
      [],
      [[2, 'A', 'value_import.not_editable', { agency: 'B', status: 'submission.with_reviewers' }]],
    ]);
    const apply = await sendValues(
      editorB,
      cycleId,
      { name: 'mine.xlsx', content },
      { mode: 'apply', fingerprint: dryRun.fingerprint, overwrite: 'B/web.answered' },
    );
    expect([apply.statusCode, apply.json().code]).toEqual([400, 'value_import.has_problems']);
    expect(await storedValues(testApp, submissions.b)).toEqual(before);
  });

  it("refuses another file sent with a dry run's fingerprint, and saves nothing", async () => {
    const checked = await longFile([['A', 'web.answered', 41]]);
    const other = await longFile([['A', 'web.answered', 42]]);
    const before = await storedValues(testApp, submissions.a);
    const dry = await sendValues(
      director,
      cycleId,
      { name: 'checked.xlsx', content: checked },
      { mode: 'dry_run' },
    );
    const { fingerprint } = dry.json() as ValueImportResult;
    const apply = await sendValues(
      director,
      cycleId,
      { name: 'checked.xlsx', content: other },
      { mode: 'apply', fingerprint },
    );
    expect([apply.statusCode, apply.json().code]).toEqual([409, 'value_import.other_file']);
    expect(await storedValues(testApp, submissions.a)).toEqual(before);
  });

  it('refuses overwrite keys that name no overwrite of the file, naming them, and saves nothing', async () => {
    const content = await longFile([['B', 'web.answered', 27]]);
    const { apply } = await checkThenApply(director, cycleId, { name: 'keys.xlsx', content }, [
      'B/web.answered',
      'B/web.nothing',
      'Z/media.releases',
    ]);
    expect(apply.statusCode).toBe(400);
    expect(apply.json()).toMatchObject({
      code: 'value_import.unknown_overwrite',
      params: { keys: 'B/web.nothing, Z/media.releases' },
    });
    expect((await storedValues(testApp, submissions.b))['web.answered']).toBe(25);
  });

  it('gives an agency added after the cycle opened its draft when the file is applied, not a problem', async () => {
    const added = await addAgency(testApp, fx.region.id, 'NEW');
    const content = await longFile([
      ['NEW', 'media.releases', 4],
      ['NEW', 'web.answered', 55],
    ]);
    const { dryRun, apply } = await checkThenApply(director, cycleId, { name: 'new.xlsx', content });
    expect(dryRun.problems).toEqual([]);
    expect(dryRun.changes.map((c) => [c.key, c.current, c.next, c.status])).toEqual([
      ['NEW/media.releases', null, 4, 'draft'],
      ['NEW/web.answered', null, 55, 'draft'],
    ]);
    expect(apply.statusCode).toBe(201);
    const draft = await submissionOf(testApp, cycleId, added);
    expect(draft.status).toBe('draft');
    expect(await storedValues(testApp, draft.id)).toEqual({ 'media.releases': 4, 'web.answered': 55 });
    await retireAgency(testApp, added);
    // Retired, it takes no values, and the problem says so rather than that no agency has its code.
    const retired = await sendValues(
      director,
      cycleId,
      { name: 'retired.xlsx', content: await longFile([['NEW', 'media.releases', 5]]) },
      { mode: 'dry_run' },
    );
    expect((retired.json() as ValueImportResult).problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'A', 'value_import.retired_agency'],
    ]);
  });

  it('takes ratings into an imported-history cycle, and refuses them in a normal one', async () => {
    const ds = testApp.app.get(DataSource);
    const history = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: 'History 2024',
      status: 'open',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      framework: SMALL_FRAMEWORK,
    });
    await ds.query(`UPDATE cycle SET imported_history = true WHERE id = $1`, [history.id]);
    const template = await director({
      method: 'GET',
      url: `/api/cycles/${history.id}/value-import/template.xlsx?lang=en`,
    });
    const workbook = new Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(2).values).toContain('media.quality');
    const content = await longFile([
      ['A', 'media.releases', 6],
      ['A', 'media.quality', 4],
    ]);
    const { dryRun, apply } = await checkThenApply(director, history.id, { name: 'history.xlsx', content });
    expect(dryRun.problems).toEqual([]);
    expect(apply.statusCode).toBe(201);
    const draft = await submissionOf(testApp, history.id, fx.agencies.a.id);
    expect(await storedValues(testApp, draft.id)).toEqual({ 'media.releases': 6, 'media.quality': 4 });
    const inOpenCycle = (
      await sendValues(director, cycleId, { name: 'rated.xlsx', content }, { mode: 'dry_run' })
    ).json() as ValueImportResult;
    expect(inOpenCycle.problems.map((p) => [`${p.column}${p.row}`, p.code])).toEqual([
      ['B3', 'value_import.not_filled_by_agencies'],
    ]);
  });

  it('reports a cycle that is not open once, for the file, not at every row', async () => {
    await testApp.app
      .get(DataSource)
      .query(`UPDATE submission SET status = 'draft' WHERE id = $1`, [submissions.b]);
    await testApp.app.get(DataSource).query(`UPDATE cycle SET status = 'review' WHERE id = $1`, [cycleId]);
    const content = await longFile([
      ['B', 'web.answered', 26],
      ['A', 'web.answered', 41],
    ]);
    const dry = (
      await sendValues(director, cycleId, { name: 'late.xlsx', content }, { mode: 'dry_run' })
    ).json() as ValueImportResult;
    expect(dry.problems).toEqual([
      {
        sheet: 'Data',
        row: 1,
        column: 'A',
        code: 'value_import.cycle_not_open',
        params: { status: 'review' },
      },
    ]);
  });
});
