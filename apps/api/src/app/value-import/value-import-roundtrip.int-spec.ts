import { frameworkDocumentLeaves, type ValueImportResult } from '@prgauge/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { DataSource } from 'typeorm';
import type { Caller } from '../../../test/support/fixtures';
import type { TestApp } from '../../../test/support/test-app';
import { AuditEntry } from '../audit/audit-entry.entity';
import { sevenIndexTemplate } from '../cycles/framework-template';
import {
  checkThenApply,
  openImportScene,
  sendValues,
  storedValues,
} from '../../../test/support/value-import-fixtures';

const AGENCY_LEAVES = frameworkDocumentLeaves(sevenIndexTemplate()).filter((l) => l.source === 'agency');

/** A value for every agency leaf of row `r`: yes/no alternating, percents under 100, numbers with a fraction. */
function filledValue(type: string, r: number, c: number): string | number {
  if (type === 'boolean') return (r + c) % 2 ? 'да' : 'нет';
  if (type === 'percent') return (r * 17 + c * 3) % 100;
  return r * 100 + c + 0.25;
}

async function templateSheet(director: Caller, cycleId: string, lang = 'ru'): Promise<Worksheet> {
  const response = await director({
    method: 'GET',
    url: `/api/cycles/${cycleId}/value-import/template.xlsx?lang=${lang}`,
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const workbook = new Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

/** The agency rows of a template sheet: code, then the cells of every indicator column. */
function sheetCells(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push((row.values as unknown[]).slice(1, 3 + AGENCY_LEAVES.length));
  });
  return rows;
}

describe('the value template of the seven-index framework', () => {
  let testApp: TestApp;
  let director: Caller;
  let cycleId: string;
  let submissions: Record<'a' | 'b' | 'c', string>;

  beforeAll(async () => {
    ({ testApp, director, cycleId, submissions } = await openImportScene(sevenIndexTemplate()));
  });
  afterAll(() => testApp.close());

  it('has a column per indicator agencies fill, keys in a hidden row, validation, and the tree on sheet 2', async () => {
    const sheet = await templateSheet(director, cycleId);
    expect(sheet.name).toBe('Значения');
    expect(sheet.getRow(2).hidden).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'agency_code',
      'agency_name',
      ...AGENCY_LEAVES.map((l) => l.key),
    ]);
    expect(sheet.getCell(1, 3).value).toBe('Пресс-релизы, всего (делится на число сотрудников пресс-службы)');
    expect(sheet.getColumn(1).values.slice(3)).toEqual(['A', 'B', 'C']);
    const boolean = AGENCY_LEAVES.findIndex((l) => l.measure.type === 'boolean') + 3;
    expect(sheet.getCell(3, boolean).dataValidation).toMatchObject({ type: 'list', formulae: ['"да,нет"'] });
    const percent = AGENCY_LEAVES.findIndex((l) => l.measure.type === 'percent') + 3;
    expect(sheet.getCell(3, percent).dataValidation).toMatchObject({
      type: 'decimal',
      formulae: [0, 100],
      showInputMessage: true,
      prompt: 'Число процентов, например 87,5 (не 0,875)',
    });
    const tree = sheet.workbook.worksheets[1];
    expect(tree.name).toBe('Методика');
    expect((tree.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
      'Индекс',
      'media',
      'Работа со СМИ',
      25,
    ]);
  });

  it('reads right to left in Persian, in Persian words and separators', async () => {
    const sheet = await templateSheet(director, cycleId, 'fa');
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
    expect(sheet.name).toBe('مقادیر');
    expect(String(sheet.getCell(1, 3).value)).toMatch(/^[^,]+، [^,]+$/);
    const types = sheet.workbook.worksheets[1].getColumn(6).values.slice(2).filter(Boolean);
    expect(new Set(types)).toEqual(new Set(['عدد', 'درصد', 'بله/خیر', 'امتیاز']));
  });

  it('refuses a template language it is not written in, naming lang', async () => {
    const response = await director({
      method: 'GET',
      url: `/api/cycles/${cycleId}/value-import/template.xlsx?lang=de`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'value_import.unknown_lang', params: { lang: 'de' } });
  });

  it('round-trips: download → fill → dry run → apply → download again gives the same values', async () => {
    const sheet = await templateSheet(director, cycleId);
    for (let r = 3; r <= 5; r++)
      AGENCY_LEAVES.forEach(
        (leaf, i) => (sheet.getCell(r, i + 3).value = filledValue(leaf.measure.type, r, i)),
      );
    const filled = sheetCells(sheet);
    const content = Buffer.from(await sheet.workbook.xlsx.writeBuffer());

    const { dryRun, apply } = await checkThenApply(director, cycleId, { name: 'values.xlsx', content });
    expect(dryRun.problems).toEqual([]);
    expect(dryRun.layout).toBe('wide');
    expect(dryRun.changes).toHaveLength(3 * AGENCY_LEAVES.length);
    expect(dryRun.changes[0]).toMatchObject({
      key: `A/${AGENCY_LEAVES[0].key}`,
      current: null,
      next: 300.25,
    });
    expect(apply.statusCode).toBe(201);
    expect((apply.json() as ValueImportResult).applied).toBe(3 * AGENCY_LEAVES.length);

    const again = await templateSheet(director, cycleId);
    expect(sheetCells(again)).toEqual(filled);
    const stored = await storedValues(testApp, submissions.b);
    expect(stored[AGENCY_LEAVES[0].key]).toBe(400.25);

    // The downloaded template, uploaded as it is, changes nothing.
    const unchanged = Buffer.from(await again.workbook.xlsx.writeBuffer());
    const second = await checkThenApply(director, cycleId, { name: 'again.xlsx', content: unchanged });
    expect(second.dryRun).toMatchObject({ changes: [], overwrites: [], unchanged: 3 * AGENCY_LEAVES.length });
    expect((second.apply.json() as ValueImportResult).applied).toBe(0);
  });

  it('audits each agency as the form does: one entry per submission, naming the file and each field', async () => {
    const entries = await testApp.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .findBy({ action: 'submission.values', entityId: submissions.a });
    expect(entries).toHaveLength(1);
    expect(entries[0].reason).toBe('values.xlsx');
    expect(entries[0].changes).toHaveLength(AGENCY_LEAVES.length);
    expect(entries[0].changes[0]).toEqual({ field: AGENCY_LEAVES[0].key, old: null, new: 300.25 });
  });

  it("takes the cycle's data export back as it is: no change and no problem, from CSV or XLSX", async () => {
    for (const name of ['data.csv', 'data.xlsx']) {
      const exported = await director({ method: 'GET', url: `/api/cycles/${cycleId}/${name}` });
      expect(exported.statusCode).toBe(200);
      const response = await sendValues(
        director,
        cycleId,
        { name, content: exported.rawPayload },
        { mode: 'dry_run' },
      );
      expect(response.statusCode).toBe(201);
      const result = response.json() as ValueImportResult;
      expect([name, result.layout, result.totals, result.unchanged]).toEqual([
        name,
        'long',
        { problems: 0, changes: 0, overwrites: 0 },
        3 * AGENCY_LEAVES.length,
      ]);
    }
  });
});
