import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { multipartBody } from '../../../test/support/multipart';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { insertEvent } from '../../../test/support/training-fixtures';
import { registerSheet, workbookEntries, zipArchive } from '../../../test/support/zip-archive';
import { Attendance } from './attendance.entity';
import { REGISTER_UPLOAD } from './register-upload';

const MB = 1024 * 1024;

/** A sheet of `rows` identical rows without cell references: it deflates about a thousand to one. */
function* sameRows(rows: number): Iterable<Buffer> {
  yield Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  const block = Buffer.from('<row><c t="inlineStr"><is><t>P</t></is></c></row>'.repeat(10_000));
  for (let done = 0; done < rows; done += 10_000) yield block;
  yield Buffer.from('</sheetData></worksheet>');
}

/**
 * Imports are bounded before parsing: a workbook's compressed size, its entry count and its unpacked size are
 * checked before a parser holds it, and rows stop at the limit. Each refusal must come within 5 s and leave
 * the API's resident memory less than 150 MB larger, measured in this process, which runs the API.
 */
describe('attendance register imports, bounded before parsing', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let eventId: string;
  const bombs: Record<'rows' | 'honest' | 'lying' | 'entries' | 'long', Buffer> = {
    rows: Buffer.alloc(0),
    honest: Buffer.alloc(0),
    lying: Buffer.alloc(0),
    entries: Buffer.alloc(0),
    long: Buffer.alloc(0),
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    eventId = (
      await insertEvent(testApp, {
        regionId: fx.region.id,
        topic: 'media_law',
        startDate: '2026-09-01',
        plannedHours: 8,
      })
    ).id;
    // The workbook of the fault report: 1.2 million rows in about 9 MB.
    bombs.rows = await zipArchive(workbookEntries(() => registerSheet(1_200_000)));
    // Sixty million bytes of rows in a few hundred kilobytes, sizes declared honestly...
    bombs.honest = await zipArchive(workbookEntries(() => sameRows(1_200_000)));
    // ...and the same data with headers claiming the sheet holds one kilobyte.
    bombs.lying = await zipArchive(workbookEntries(() => sameRows(3_000_000), 1024));
    bombs.entries = await zipArchive([
      ...workbookEntries(() => registerSheet(2)),
      ...Array.from({ length: 400 }, (_, i) => ({
        name: `xl/media/${i}.xml`,
        pieces: () => [Buffer.from('x')],
      })),
    ]);
    // Well within the byte limits, but four times the row limit.
    bombs.long = await zipArchive(workbookEntries(() => registerSheet(20_000)));
  }, 120_000);
  afterAll(() => testApp.close());

  const rowCount = () => testApp.app.get(DataSource).getRepository(Attendance).countBy({ eventId });

  /** Posts `workbook` as a form upload, noting how long the answer took and the peak growth of resident memory. */
  async function post(
    workbook: Buffer,
  ): Promise<{ response: LightMyRequestResponse; ms: number; grewMb: number }> {
    const form = multipartBody({}, { name: 'register.xlsx', content: workbook });
    const options: InjectOptions = {
      method: 'POST',
      url: `/api/training/events/${eventId}/attendance/import`,
      payload: form.payload,
      headers: form.headers,
    };
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = Date.now();
    try {
      const response = await director(options);
      const ms = Date.now() - started;
      peak = Math.max(peak, process.memoryUsage().rss);
      return { response, ms, grewMb: (peak - before) / MB };
    } finally {
      clearInterval(sampler);
    }
  }

  it.each([
    ['the 9 MB workbook of 1.2 million rows, by its compressed size', 'rows', 413, 'upload.too_large'],
    ['a small workbook whose sheet unpacks to 60 MB', 'honest', 413, 'upload.archive_too_large'],
    [
      'a workbook whose headers understate what its sheet unpacks to',
      'lying',
      413,
      'upload.archive_too_large',
    ],
    ['a workbook of 405 parts', 'entries', 413, 'upload.archive_too_many_entries'],
  ] as const)('refuses %s within 5 s and 150 MB', async (_name, bomb, status, code) => {
    const { response, ms, grewMb } = await post(bombs[bomb]);
    expect([response.statusCode, response.json().code]).toEqual([status, code]);
    expect(ms).toBeLessThan(5000);
    expect(grewMb).toBeLessThan(150);
    expect(await rowCount()).toBe(0);
  });

  it('stops reading rows at the limit and says so, within 5 s and 150 MB', async () => {
    expect(bombs.long.length).toBeLessThan(REGISTER_UPLOAD.maxBytes);
    const { response, ms, grewMb } = await post(bombs.long);
    expect([response.statusCode, response.json().details]).toEqual([
      400,
      [
        {
          field: 'file',
          code: 'field.too_many',
          params: { max: 5000, unit: 'rows' },
          problems: ['has more than 5000 rows'],
        },
      ],
    ]);
    expect(ms).toBeLessThan(5000);
    expect(grewMb).toBeLessThan(150);
    expect(await rowCount()).toBe(0);
  });

  it('sizes its bombs as described: under the byte limit where the unpacked size must refuse them', () => {
    expect(bombs.rows.length).toBeGreaterThan(REGISTER_UPLOAD.maxBytes);
    for (const bomb of [bombs.honest, bombs.lying, bombs.entries])
      expect(bomb.length).toBeLessThan(REGISTER_UPLOAD.maxBytes);
  });
});
