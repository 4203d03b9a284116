import { LIMITS, VALUE_IMPORT_LIST_LIMIT, type ValueImportProblem } from '@prgauge/contracts';
import { encode } from 'iconv-lite';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture } from '../../../test/support/fixtures';
import type { TestApp } from '../../../test/support/test-app';
import {
  auditedOn,
  checkThenApply,
  openImportScene,
  sendValues,
  storedNotes,
  storedValues,
  dryRun,
  IMPORT_FRAMEWORK,
  submissionRow,
  workbookOf,
} from '../../../test/support/value-import-fixtures';

describe('value import: problems by sheet, row and column', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let cycleId: string;
  let submissions: Record<'a' | 'b' | 'c', string>;

  beforeAll(async () => {
    ({ testApp, fx, director, cycleId, submissions } = await openImportScene(IMPORT_FRAMEWORK));
  });
  afterAll(() => testApp.close());

  it('reports every kind of problem of a long-format workbook at the cell to fix', async () => {
    const content = await workbookOf(
      [
        ['agency_code', 'indicator_key', 'value', 'comment'],
        ['ZZZ', 'media.releases', 5, ''], // row 2: unknown agency (A2)
        ['A', 'media.nothing', 5, ''], // row 3: unknown indicator (B3)
        ['A', 'media.releases', 'many', ''], // row 4: wrong type (C4)
        ['A', 'web.answered', 140, ''], // row 5: out of range (C5)
        ['A', 'media.quality', 4, ''], // row 6: rated by evaluators (B6)
        ['A', 'web.hours', 12, ''], // row 7: computed (B7)
        ['B', 'media.releases', -1, ''], // row 8: below zero (C8)
        ['B', 'web.live', 'maybe', ''], // row 9: not yes/no (C9)
        ['C', 'media.releases', 3, ''], // row 10: fine
        ['C', 'media.releases', 4, ''], // row 11: given twice (C11)
      ],
      'Данные',
    );
    const result = await dryRun(director, cycleId, 'problems.xlsx', content);
    const at = (p: ValueImportProblem) => [p.sheet, `${p.column}${p.row}`, p.code];
    expect(result.problems.map(at)).toEqual([
      ['Данные', 'A2', 'value_import.unknown_agency'],
      ['Данные', 'B3', 'value_import.unknown_indicator'],
      ['Данные', 'C4', 'file.not_a_number'],
      ['Данные', 'C5', 'field.too_large'],
      ['Данные', 'B6', 'value_import.not_filled_by_agencies'],
      ['Данные', 'B7', 'value_import.computed_indicator'],
      ['Данные', 'C8', 'field.too_small'],
      ['Данные', 'C9', 'value_import.not_yes_no'],
      ['Данные', 'C11', 'value_import.duplicate_cell'],
    ]);
    expect(result.problems[0].params).toEqual({ value: 'ZZZ' });
    expect(result.problems[3].params).toMatchObject({ indicator: 'web.answered', max: 100 });
    expect(result.problems[4].params).toEqual({ indicator: 'media.quality', source: 'evaluator' });
    expect(result.problems[4].indicatorName).toEqual(SMALL_FRAMEWORK.indicators[0].children?.[1].name);
    expect(result.problems[0].indicatorName).toBeUndefined();
    expect(result.problems[5].params).toEqual({ indicator: 'web.hours' });
    expect(result.problems[8].params).toEqual({ agency: 'C', indicator: 'media.releases', firstRow: 10 });

    const apply = await sendValues(
      director,
      cycleId,
      { name: 'problems.xlsx', content },
      { mode: 'apply', fingerprint: result.fingerprint },
    );
    expect(apply.statusCode).toBe(400);
    expect(apply.json()).toMatchObject({ code: 'value_import.has_problems', params: { count: 9 } });
    expect(await storedValues(testApp, submissions.c)).toEqual({});
  });

  it('reports an unknown indicator column of the wide layout once, at its key', async () => {
    const content = await workbookOf([
      ['Код', 'Ведомство', 'Пресс-релизы', '?'],
      ['agency_code', 'agency_name', 'media.releases', 'media.unknown'],
      ['A', 'Ведомство A', 2, 1],
      ['B', 'Ведомство B', 3, 1],
    ]);
    const result = await dryRun(director, cycleId, 'wide.xlsx', content);
    expect(result.problems).toEqual([
      {
        sheet: 'Data',
        row: 2,
        column: 'D',
        code: 'value_import.unknown_indicator',
        params: { value: 'media.unknown' },
      },
    ]);
  });

  it('reads a Windows-1251 CSV with semicolons and decimal commas', async () => {
    const text =
      'agency_code;indicator_key;value;comment\r\nA;media.releases;12,5;по данным отдела\r\nB;web.live;да;\r\n';
    const { dryRun: result, apply } = await checkThenApply(director, cycleId, {
      name: 'values.csv',
      content: encode(text, 'windows-1251'),
    });
    expect(result.source).toEqual({ format: 'csv', encoding: 'windows-1251', separator: 'semicolon' });
    expect(result.problems).toEqual([]);
    expect(result.changes.map((c) => [c.key, c.next, c.comment, c.measure])).toEqual([
      ['A/media.releases', 12.5, 'по данным отдела', { type: 'number' }],
      ['B/web.live', 1, null, { type: 'boolean' }],
    ]);
    expect(apply.statusCode).toBe(201);
    expect((await storedValues(testApp, submissions.a))['media.releases']).toBe(12.5);
    expect((await storedValues(testApp, submissions.b))['web.live']).toBe(1);
  });

  it('reads Persian digits and the Persian decimal mark in an XLSX', async () => {
    const content = await workbookOf([
      ['agency_code', 'indicator_key', 'value'],
      ['C', 'media.releases', '۱۲٫۷۵'],
      ['C', 'web.answered', '۸۰'],
      ['C', 'web.live', 'خیر'],
    ]);
    const { dryRun: result, apply } = await checkThenApply(director, cycleId, { name: 'fa.xlsx', content });
    expect(result.problems).toEqual([]);
    expect(apply.statusCode).toBe(201);
    expect(await storedValues(testApp, submissions.c)).toEqual({
      'media.releases': 12.75,
      'web.answered': 80,
      'web.live': 0,
    });
  });

  it('refuses an apply with 409 when a value changed since the dry run, and saves nothing', async () => {
    const content = await workbookOf([
      ['agency_code', 'indicator_key', 'value'],
      ['A', 'web.answered', 55],
      ['B', 'web.answered', 65],
    ]);
    const result = await dryRun(director, cycleId, 'stale.xlsx', content);
    const editorA = await callerFor(testApp, fx.logins.editorA);
    const mine = (await editorA({ method: 'GET', url: `/api/submissions/${submissions.a}` })).json() as {
      version: number;
    };
    const saved = await editorA({
      method: 'PUT',
      url: `/api/submissions/${submissions.a}/values`,
      payload: { version: mine.version, values: [{ indicator: 'web.answered', value: 50 }] },
    });
    expect(saved.statusCode).toBe(200);
    const apply = await sendValues(
      director,
      cycleId,
      { name: 'stale.xlsx', content },
      { mode: 'apply', fingerprint: result.fingerprint },
    );
    expect(apply.statusCode).toBe(409);
    expect(apply.json()).toMatchObject({ code: 'value_import.stale' });
    expect((await storedValues(testApp, submissions.a))['web.answered']).toBe(50);
    expect((await storedValues(testApp, submissions.b))['web.answered']).toBeUndefined();
  });

  it('imports a comment alone: a new comment is a change, and an empty value with a comment keeps the value', async () => {
    const text =
      'agency_code,indicator_key,value,comment\r\nA,media.releases,12.5,checked again\r\nB,web.live,,confirmed by phone\r\n';
    const file = { name: 'notes.csv', content: Buffer.from(text) };
    const before = await submissionRow(testApp, submissions.b);
    const { dryRun: result, apply } = await checkThenApply(director, cycleId, file);
    expect(result.problems).toEqual([]);
    expect(result.changes.map((c) => [c.key, c.current, c.next, c.comment])).toEqual([
      ['A/media.releases', 12.5, 12.5, 'checked again'],
      ['B/web.live', 1, 1, 'confirmed by phone'],
    ]);
    expect(apply.statusCode).toBe(201);
    expect(apply.json()).toMatchObject({ applied: 2 });
    expect(await storedNotes(testApp, submissions.a)).toEqual({ 'media.releases': 'checked again' });
    expect(await storedNotes(testApp, submissions.b)).toEqual({ 'web.live': 'confirmed by phone' });
    expect((await storedValues(testApp, submissions.b))['web.live']).toBe(1);
    expect((await submissionRow(testApp, submissions.b)).version).toBe(before.version + 1);
    const audit = await auditedOn(testApp, submissions.b, 'submission.values');
    expect(audit.filter((e) => e.reason === 'notes.csv').map((e) => e.changes)).toEqual([
      [{ field: 'web.live.note', old: null, new: 'confirmed by phone' }],
    ]);
    expect((await dryRun(director, cycleId, 'notes.csv', file.content)).totals.changes).toBe(0);
  });

  it('checks a percent against its own range, however large the value', async () => {
    const content = Buffer.from('agency_code,indicator_key,value\r\nA,web.answered,10000000000000\r\n');
    const result = await dryRun(director, cycleId, 'huge.csv', content);
    expect(result.problems.map((p) => [p.code, p.params['max']])).toEqual([['field.too_large', 100]]);
  });

  it('lists the first 200 problems and counts them all', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Z${i},media.releases,1`);
    const content = Buffer.from(['agency_code,indicator_key,value', ...rows].join('\r\n'));
    const result = await dryRun(director, cycleId, 'many.csv', content);
    expect(result.problems).toHaveLength(VALUE_IMPORT_LIST_LIMIT);
    expect(result.problems[0]).toMatchObject({ row: 2, params: { value: 'Z0' } });
    expect(result.totals).toEqual({ problems: 250, changes: 0, overwrites: 0 });
  });

  it('refuses a file without rows of values with its own code', async () => {
    const files = [
      { name: 'header.csv', content: Buffer.from('agency_code,indicator_key,value\r\n') },
      { name: 'header.xlsx', content: await workbookOf([['agency_code', 'indicator_key', 'value']]) },
      { name: 'blank.xlsx', content: await workbookOf([]) },
    ];
    for (const file of files) {
      const response = await sendValues(director, cycleId, file, { mode: 'dry_run' });
      expect([file.name, response.statusCode, response.json().code]).toEqual([
        file.name,
        400,
        'value_import.empty',
      ]);
    }
  });

  it("refuses a comment longer than the form's limit at its cell, and saves nothing", async () => {
    const long = 'x'.repeat(LIMITS.valueNote.max + 1);
    const file = {
      name: 'long.csv',
      content: Buffer.from(`agency_code,indicator_key,value,comment\r\nA,media.releases,7,${long}\r\n`),
    };
    const result = await dryRun(director, cycleId, file.name, file.content);
    expect(result.problems).toEqual([
      {
        sheet: null,
        row: 2,
        column: 'D',
        code: 'field.too_long',
        params: { indicator: 'media.releases', max: LIMITS.valueNote.max, length: LIMITS.valueNote.max + 1 },
        indicatorName: SMALL_FRAMEWORK.indicators[0].children?.[0].name,
      },
    ]);
    const fits = 'y'.repeat(LIMITS.valueNote.max);
    const ok = Buffer.from(`agency_code,indicator_key,value,comment\r\nA,media.releases,7,${fits}\r\n`);
    expect((await dryRun(director, cycleId, 'fits.csv', ok)).problems).toEqual([]);
  });

  it('reports a formula without a usable value at its cell, in either layout', async () => {
    const long = await workbookOf([
      ['agency_code', 'indicator_key', 'value'],
      ['A', 'media.releases', { formula: '1/0', result: { error: '#DIV/0!' } }],
      ['B', 'media.releases', { formula: 'NOW()' } as never],
      ['C', 'media.releases', { formula: '2*3', result: 6 }],
    ]);
    const result = await dryRun(director, cycleId, 'formulas.xlsx', long);
    expect(result.problems.map((p) => [`${p.column}${p.row}`, p.code, p.params['formula']])).toEqual([
      ['C2', 'value_import.formula_without_value', '=1/0'],
      ['C3', 'value_import.formula_without_value', '=NOW()'],
    ]);
    const wide = await workbookOf([
      ['Код', 'Ведомство', 'Пресс-релизы'],
      ['agency_code', 'agency_name', 'media.releases'],
      ['A', 'Ведомство A', { formula: 'NOW()' } as never],
    ]);
    const fromWide = await dryRun(director, cycleId, 'wide-formula.xlsx', wide);
    expect(fromWide.problems.map((p) => [`${p.column}${p.row}`, p.code])).toEqual([
      ['C3', 'value_import.formula_without_value'],
    ]);
  });

  it('refuses an empty file as empty, and a long file short of a column as neither layout', async () => {
    for (const [name, content, code] of [
      ['empty.csv', Buffer.alloc(0), 'value_import.empty'],
      ['header.csv', Buffer.from('agency_code,indicator_key,value\r\n'), 'value_import.empty'],
      ['no-key.csv', Buffer.from('agency_code,value\r\nA,5\r\n'), 'value_import.no_key_row'],
      [
        'no-value.csv',
        Buffer.from('agency_code,indicator_key\r\nA,media.releases\r\n'),
        'value_import.no_key_row',
      ],
    ] as const) {
      const response = await sendValues(director, cycleId, { name, content }, { mode: 'dry_run' });
      expect([name, response.statusCode, response.json().code]).toEqual([name, 400, code]);
    }
  });

  it('refuses a value split by an unquoted separator, naming its row, in either layout', async () => {
    for (const [name, text, line] of [
      ['long.csv', 'agency_code,indicator_key,value\r\nA,media.releases,12,5\r\n', 2],
      ['wide.csv', 'agency_code,agency_name,media.releases\r\nA,Agency A,12,5\r\n', 2],
    ] as const) {
      const response = await sendValues(
        director,
        cycleId,
        { name, content: Buffer.from(text) },
        { mode: 'dry_run' },
      );
      expect([name, response.statusCode, response.json().details]).toEqual([
        name,
        400,
        [
          {
            field: `row ${line}, columns`,
            code: 'field.too_many',
            params: { max: 3, unit: 'columns' },
            problems: ['has 4 cells; the header names 3 columns'],
          },
        ],
      ]);
    }
  });
});
