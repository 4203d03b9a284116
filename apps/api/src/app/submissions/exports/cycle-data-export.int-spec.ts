import type { FrameworkDocument, FrameworkDocumentGroup, FrameworkDocumentLeaf } from '@prgauge/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { DataSource } from 'typeorm';
import { insertCycle, insertSubmission, SMALL_FRAMEWORK } from '../../../../test/support/cycle-fixtures';
import { type Caller, callerFor, type RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import type { Cycle } from '../../cycles/cycle.entity';
import { Evidence } from '../evidence.entity';
import { ReviewComment } from '../review-comment.entity';

/** The small framework with a unit on releases and a yes/no leaf agencies fill. */
const FRAMEWORK: FrameworkDocument = structuredClone(SMALL_FRAMEWORK);
const [media, web] = FRAMEWORK.indicators as FrameworkDocumentGroup[];
(media.children[0] as FrameworkDocumentLeaf).unit = { ru: 'шт.', en: 'items', fa: 'عدد' };
web.children.push({
  key: 'web.live',
  name: { ru: 'Прямые трансляции', en: 'Live broadcasts' },
  weight: 1,
  measure: { type: 'boolean' },
  source: 'agency',
  evidenceRequired: false,
});

const HEADER =
  'agency_code,indicator_key,value,comment,agency_name,indicator_title,unit,submission_status,review_comments,evidence';

function rowsOf(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const cells: unknown[] = [];
    for (let i = 1; i <= 10; i += 1) cells.push(row.getCell(i).value ?? null);
    rows.push(cells);
  });
  return rows;
}

describe("a cycle's full data as CSV and XLSX", () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let cycle: Cycle;
  let evidenceId: string;

  beforeAll(async () => {
    // Links name the product's configured address, whatever Host a request claims.
    testApp = await createTestApp(undefined, { PUBLIC_URL: 'https://prgauge.example.gov/' });
    fx = await seedRegions(testApp);
    cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'open',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      framework: FRAMEWORK,
    });
    const a = await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'returned', {
      'media.releases': 0.1 + 0.2,
      'media.quality': 4,
      'web.answered': 12.5,
      'web.live': 1,
    });
    await insertSubmission(testApp, cycle.id, fx.agencies.b.id, 'approved', {
      'media.releases': 1234567.891,
      'web.answered': 100,
      'web.live': 0,
    });
    const ds = testApp.app.get(DataSource);
    await ds.query(
      `UPDATE submission_value SET note = $2 WHERE submission_id = $1 AND indicator_key = 'web.answered'`,
      [a.id, 'По отчёту, «год»; см. =итог'],
    );
    evidenceId = (
      await ds.getRepository(Evidence).save({
        submissionId: a.id,
        indicatorKey: 'media.releases',
        kind: 'file',
        fileName: 'گزارش.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 4,
        sha256: 'x',
        content: Buffer.from('%PDF'),
        url: null,
        uploadedBy: null,
      })
    ).id;
    await ds.getRepository(Evidence).save({
      submissionId: a.id,
      indicatorKey: 'media.releases',
      kind: 'link',
      fileName: null,
      mediaType: null,
      sizeBytes: null,
      sha256: null,
      content: null,
      url: 'https://example.org/releases',
      uploadedBy: null,
    });
    await ds.getRepository(ReviewComment).save([
      {
        submissionId: a.id,
        indicatorKey: 'web.answered',
        body: 'Откуда 12,5?',
        authorId: null,
        reply: 'Из отчёта',
      },
      { submissionId: a.id, indicatorKey: null, body: 'Проверьте всё', authorId: null },
    ]);
  });
  afterAll(() => testApp.close());

  const get = async (caller: Caller, file: string) =>
    caller({ method: 'GET', url: `/api/cycles/${cycle.id}/${file}`, headers: { host: 'attacker.example' } });

  it('writes CSV in UTF-8 with a byte-order mark, not Windows-1251, with every value exactly as stored', async () => {
    const director = await callerFor(testApp, fx.logins.director);
    const response = await get(director, 'data.csv?lang=ru');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // «Ведомство» in UTF-8 (В is D0 92); in Windows-1251 it would be the single byte C2.
    expect(bytes.includes(Buffer.from('Ведомство A', 'utf8'))).toBe(true);
    expect(bytes.includes(Buffer.from([0xc2, 0xe5, 0xe4]))).toBe(false);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    const link = `https://prgauge.example.gov/api/evidence/${evidenceId}/content`;
    expect(lines.slice(1)).toEqual([
      `A,media.releases,0.30000000000000004,,Ведомство A,Пресс-релизы,шт.,returned,,"گزارش.pdf ${link}\nhttps://example.org/releases"`,
      `A,web.answered,12.5,"По отчёту, «год»; см. =итог",Ведомство A,Отвечено на комментарии,,returned,"Откуда 12,5? — Из отчёта",`,
      'A,web.live,1,,Ведомство A,Прямые трансляции,,returned,,',
      'B,media.releases,1234567.891,,Ведомство B,Пресс-релизы,шт.,approved,,',
      'B,web.answered,100,,Ведомство B,Отвечено на комментарии,,approved,,',
      'B,web.live,0,,Ведомство B,Прямые трансляции,,approved,,',
      '',
    ]);
  });

  it('writes XLSX with the values as numbers holding the stored doubles, the ratings on a sheet of their own', async () => {
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    const response = await get(evaluator, 'data.xlsx?lang=en');
    expect(response.statusCode).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['values', 'ratings', 'submissions']);
    const values = rowsOf(workbook.worksheets[0]);
    expect(values[0].join(',')).toBe(HEADER);
    expect(values.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['A', 'media.releases', 0.1 + 0.2, null],
      ['A', 'web.answered', 12.5, 'По отчёту, «год»; см. =итог'],
      ['A', 'web.live', 1, null],
      ['B', 'media.releases', 1234567.891, null],
      ['B', 'web.answered', 100, null],
      ['B', 'web.live', 0, null],
    ]);
    expect(Object.is(values[1][2], 0.30000000000000004)).toBe(true);
    expect(values[1].slice(4, 8)).toEqual(['Agency A', 'Press releases', 'items', 'returned']);
    expect(
      rowsOf(workbook.worksheets[1])
        .slice(1)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ['A', 'media.quality', 4],
      ['B', 'media.quality', null],
    ]);
    expect(
      rowsOf(workbook.worksheets[2])
        .slice(1)
        .map((r) => r.slice(0, 4)),
    ).toEqual([
      ['A', 'Agency A', 'returned', 'Проверьте всё'],
      ['B', 'Agency B', 'approved', null],
    ]);
  });

  it("gives an agency editor their own agency's data only", async () => {
    const editorB = await callerFor(testApp, fx.logins.editorB);
    const csv = (await get(editorB, 'data.csv')).rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(csv.slice(1, -1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'B,media.releases,1234567.891',
      'B,web.answered,100',
      'B,web.live,0',
    ]);
    const workbook = new Workbook();
    await workbook.xlsx.load((await get(editorB, 'data.xlsx')).rawPayload as unknown as ArrayBuffer);
    expect(
      workbook.worksheets.flatMap((sheet) =>
        rowsOf(sheet)
          .slice(1)
          .map((r) => r[0]),
      ),
    ).toEqual(['B', 'B', 'B', 'B', 'B']);
  });

  it("answers another region's director 404 and a viewer 403", async () => {
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await get(south, 'data.csv')).statusCode).toBe(404);
    expect((await get(south, 'data.xlsx')).statusCode).toBe(404);
    const viewer = await callerFor(testApp, fx.logins.viewer);
    expect((await get(viewer, 'data.xlsx')).statusCode).toBe(403);
  });
});
