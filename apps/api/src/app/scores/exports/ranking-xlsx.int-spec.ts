import { Workbook, type Worksheet } from 'exceljs';
import { DataSource } from 'typeorm';
import { releaseClock, setClock } from '../../../../test/support/clock';
import { insertCycle, insertSubmission } from '../../../../test/support/cycle-fixtures';
import { type Caller, callerFor, type RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import type { Cycle } from '../../cycles/cycle.entity';

/** The rows of a sheet as plain values, from its first row, with empty cells as null. */
function rowsOf(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let i = 1; i <= sheet.columnCount; i += 1) cells.push(row.getCell(i).value ?? null);
    rows.push(cells);
  });
  return rows;
}

describe('the ranking as an XLSX workbook', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let lastYear: Cycle;
  let cycle: Cycle;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    await testApp.app
      .get(DataSource)
      .query(`UPDATE region SET time_zone = 'Asia/Tehran' WHERE id = $1`, [fx.region.id]);
    director = await callerFor(testApp, fx.logins.director);
    lastYear = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2025',
      status: 'review',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    // Last year: A media (0 + 60) / 2 = 30, web 50 → 0.6 × 30 + 0.4 × 50 = 38, second;
    // B media (100 + 100) / 2 = 100, web 90 → 96, first.
    await insertSubmission(testApp, lastYear.id, fx.agencies.a.id, 'approved', {
      'media.releases': 10,
      'media.quality': 3,
      'web.answered': 50,
    });
    await insertSubmission(testApp, lastYear.id, fx.agencies.b.id, 'approved', {
      'media.releases': 20,
      'media.quality': 5,
      'web.answered': 90,
    });
    cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    // This year: A media (100 + 80) / 2 = 90, web 80 → 86, first (up one); B media (0 + 100) / 2 = 50, web 100 →
    // 70, second (down one); C (education) reported 12.5 % and is approved: media (0 + 0) / 2 = 0 → 0.4 × 12.5 = 5.
    await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'approved', {
      'media.releases': 30,
      'media.quality': 4,
      'web.answered': 80,
    });
    await insertSubmission(testApp, cycle.id, fx.agencies.b.id, 'approved', {
      'media.releases': 10,
      'media.quality': 5,
      'web.answered': 100,
    });
    await insertSubmission(testApp, cycle.id, fx.agencies.c.id, 'approved', {
      'media.releases': 10,
      'media.quality': 0,
      'web.answered': 12.5,
    });
    try {
      setClock(testApp, '2026-01-20T08:00:00Z');
      expect((await director({ method: 'POST', url: `/api/cycles/${lastYear.id}/publish` })).statusCode).toBe(
        201,
      );
      // 11:30 in Tehran on 25 March 2026: 5 Farvardin 1405.
      setClock(testApp, '2026-03-25T08:00:00Z');
      expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(
        201,
      );
    } finally {
      releaseClock(testApp);
    }
  });
  afterAll(() => testApp.close());

  const download = async (query: string, caller?: Caller) => {
    const request = { method: 'GET' as const, url: `/api/cycles/${cycle.id}/ranking.xlsx${query}` };
    const response = caller ? await caller(request) : await testApp.request(request);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook.worksheets[0];
  };

  it('gives a visitor the rows of one peer group in Persian: right to left, a frozen header, the Solar Hijri day', async () => {
    const sheet = await download('?lang=fa&group=health');
    const rows = rowsOf(sheet);
    expect(rows.slice(0, 5)).toEqual([
      ['2026', null, null, null, null, null, null, null, null],
      ['رتبه‌بندی دستگاه‌ها', null, null, null, null, null, null, null, null],
      ['دوره', '۱۱ دی ۱۴۰۴ – ۱۰ دی ۱۴۰۵', null, null, null, null, null, null, null],
      ['تاریخ انتشار', '۵ فروردین ۱۴۰۵', null, null, null, null, null, null, null],
      ['فیلترها', 'گروه همتا: Health', null, null, null, null, null, null, null],
    ]);
    const header = rows[6];
    expect(header).toEqual([
      'رتبه',
      'تغییر',
      'کد',
      'دستگاه',
      'گروه همتا',
      'امتیاز کل',
      'Media relations',
      'Electronic PR',
      'پوشش',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7, rightToLeft: true });
    // Only the health group: A, then B; C (education) is filtered out as on the page.
    const data = rows.slice(7);
    expect(data.map((r) => r.slice(0, 5))).toEqual([
      [1, 1, 'A', 'Agency A', 'Health'],
      [2, -1, 'B', 'Agency B', 'Health'],
    ]);
    expect(data[0][5]).toBeCloseTo(86, 9);
    expect(data[0][6]).toBeCloseTo(90, 9);
    expect(data[0][7]).toBeCloseTo(80, 9);
    expect(data[0][8]).toBe(1);
    expect(data[1][5]).toBeCloseTo(70, 9);
    expect(sheet.getRow(8).getCell(6).numFmt).toBe('0.0');
    expect(sheet.getRow(8).getCell(7).numFmt).toBe('0');
    expect(sheet.getRow(8).getCell(9).numFmt).toBe('0%');
  });

  it('writes Russian left to right, with the search applied and named in the title rows', async () => {
    const sheet = await download(`?lang=ru&search=${encodeURIComponent('ведомство c')}`);
    const rows = rowsOf(sheet);
    expect(rows[3].slice(0, 2)).toEqual(['Опубликован', '25 марта 2026 г.']);
    expect(rows[4].slice(0, 2)).toEqual(['Фильтры', 'Группа: Все группы; Поиск: «ведомство c»']);
    expect(rows[6].slice(0, 6)).toEqual(['Место', 'Сдвиг', 'Код', 'Ведомство', 'Группа', 'Итог']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7, rightToLeft: false });
    // C was not ranked last year, so it has no movement.
    expect(rows.slice(7).map((r) => r.slice(0, 5))).toEqual([[3, null, 'C', 'Ведомство C', 'Образование']]);
    expect(rows[7][5]).toBeCloseTo(5, 9);
  });

  it('keeps an unpublished ranking from visitors and gives staff the preview, marked as such', async () => {
    const draft = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2027',
      status: 'open',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    const hidden = await testApp.request({ method: 'GET', url: `/api/cycles/${draft.id}/ranking.xlsx` });
    expect([hidden.statusCode, hidden.json().code]).toEqual([404, 'results.not_published']);
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    const response = await evaluator({ method: 'GET', url: `/api/cycles/${draft.id}/ranking.xlsx?lang=en` });
    expect(response.statusCode).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(rowsOf(workbook.worksheets[0])[3][0]).toBe('Preview from current data');
  });

  it('refuses a language it does not have, naming the field', async () => {
    const response = await testApp.request({
      method: 'GET',
      url: `/api/cycles/${cycle.id}/ranking.xlsx?lang=de`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toMatchObject([{ field: 'lang', code: 'field.not_in_list' }]);
  });

  it('refuses a peer group the ranking does not have, naming it, in the workbook and in the ranking', async () => {
    for (const url of [`ranking.xlsx?group=sport`, `ranking?group=sport`]) {
      const response = await testApp.request({ method: 'GET', url: `/api/cycles/${cycle.id}/${url}` });
      expect([url, response.statusCode, response.json().details]).toEqual([
        url,
        400,
        [expect.objectContaining({ field: 'group', code: 'field.unknown_reference' })],
      ]);
      expect(response.json().details[0].params).toEqual({ value: 'sport', allowed: 'education, health' });
    }
  });
});
