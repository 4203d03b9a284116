import { csvCell, type AgencyImportResult } from '@prgauge/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from 'iconv-lite';
import { DataSource, In } from 'typeorm';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { insertEvent } from '../../../test/support/training-fixtures';
import { Attendance } from '../training/attendance.entity';
import { Agency } from './agency.entity';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../test/fixtures/locale', name));

/** Writes rows as the dashboard's CSV export does: cells through csvCell, CRLF, a byte-order mark. */
const exported = (rows: (string | number | null)[][]) =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** Names a spreadsheet would run as formulas, or that begin with characters that hide that. */
const TRICKY_NAMES = [
  '=HYPERLINK("http://example.com","Click")',
  '-2 district office',
  '+7 press line',
  '@mention desk',
  '\tTabbed agency',
  '\rCarriage agency',
  "'=already quoted",
  "'Apostrophe agency",
];

/** Agency and register files as people's spreadsheets write them: formulas, encodings, number formats. */
describe('CSV files in and out', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    for (const code of ['culture', 'governorate'])
      await director({
        method: 'POST',
        url: `/api/regions/${fx.region.id}/peer-groups`,
        payload: { code, name: { en: code } },
      });
  });
  afterAll(() => testApp.close());

  const importAgencies = (content: string | Buffer, dryRun = false) =>
    director({
      method: 'POST',
      url: `/api/agencies/import${dryRun ? '?dryRun=true' : ''}`,
      payload: content,
      headers: { 'content-type': 'text/csv' },
    });
  const agencies = (codes: string[]) =>
    testApp.app
      .get(DataSource)
      .getRepository(Agency)
      .find({ where: { regionId: fx.region.id, code: In(codes) }, order: { code: 'ASC' } });

  it('re-imports exported names that begin with =, -, +, @, a tab or a carriage return unchanged', async () => {
    const codes = TRICKY_NAMES.map((_, i) => `RT${i}`);
    const file = exported([
      ['code', 'name_en', 'pr_staff'],
      ...TRICKY_NAMES.map((name, i) => [codes[i], name, i]),
    ]);
    expect(file).toContain("'=HYPERLINK");
    expect(file).toContain('"\'\rCarriage agency"');
    const r = await importAgencies(file);
    expect([r.statusCode, (r.json() as AgencyImportResult).created]).toEqual([201, TRICKY_NAMES.length]);
    expect((await agencies(codes)).map((a) => a.name['en'])).toEqual(TRICKY_NAMES);
  });

  it('re-imports exported participant names of a register unchanged, trimming only whitespace as registers do', async () => {
    const event = await insertEvent(testApp, {
      regionId: fx.region.id,
      topic: 'media_law',
      startDate: '2026-09-01',
      plannedHours: 8,
    });
    const file = exported([['participant_name', 'hours'], ...TRICKY_NAMES.map((name) => [name, 8])]);
    const r = await director({
      method: 'POST',
      url: `/api/training/events/${event.id}/attendance/import`,
      payload: file,
      headers: { 'content-type': 'text/csv' },
    });
    expect(r.statusCode).toBe(201);
    const rows = await testApp.app
      .get(DataSource)
      .getRepository(Attendance)
      .find({ where: { eventId: event.id }, order: { createdAt: 'ASC' } });
    expect(rows.map((row) => row.participantName).sort()).toEqual(TRICKY_NAMES.map((n) => n.trim()).sort());
  });

  it('reads a Windows-1251 file saved by Russian Excel exactly, in the preview and when applied', async () => {
    const file = fixture('agencies-cp1251-semicolon.csv');
    const preview = await importAgencies(file, true);
    expect(preview.statusCode).toBe(201);
    expect((preview.json() as AgencyImportResult).source).toEqual({
      format: 'csv',
      encoding: 'windows-1251',
      separator: 'semicolon',
    });
    expect((preview.json() as AgencyImportResult).agencies.map((a) => a.name['ru'])).toEqual([
      'Акимат села Жаркент',
      'Городская больница № 5',
    ]);
    expect((await importAgencies(file)).statusCode).toBe(201);
    expect((await agencies(['FLD-AKM1', 'FLD-HSP1'])).map((a) => a.name['ru'])).toEqual([
      'Акимат села Жаркент',
      'Городская больница № 5',
    ]);
  });

  it('reads a Persian file saved by Persian Excel as Windows-1256 in Persian, and says how it was read', async () => {
    // Persian Windows saves the Persian Yeh as the Arabic one, the only Yeh the code page has.
    const typed = ['دانشگاه علوم پزشکی تهران', 'شهرداری منطقه یک'];
    const file = encode(
      `code;name_fa;pr_staff\r\nFA1;${typed[0]};3\r\nFA2;${typed[1]};1 250\r\n`.replace(/\u06cc/g, '\u064a'),
      'windows-1256',
    );
    const preview = await importAgencies(file, true);
    expect(preview.statusCode).toBe(201);
    expect((preview.json() as AgencyImportResult).source).toEqual({
      format: 'csv',
      encoding: 'windows-1256',
      separator: 'semicolon',
    });
    expect((await importAgencies(file)).statusCode).toBe(201);
    expect((await agencies(['FA1', 'FA2'])).map((a) => [a.name['fa'], a.attributes['prStaff']])).toEqual([
      [typed[0], 3],
      [typed[1], 1250],
    ]);
  });

  it('reads a Russian file written as Windows-1251 with tabs in Cyrillic', async () => {
    const file = encode(
      'code\tname_ru\tattr_followers\r\nRU1\tУправление культуры «Север»\t1 234,5\r\nRU2\tАкимат\t12,5\r\n',
      'windows-1251',
    );
    const r = await importAgencies(file);
    expect([r.statusCode, (r.json() as AgencyImportResult).source]).toEqual([
      201,
      { format: 'csv', encoding: 'windows-1251', separator: 'tab' },
    ]);
    expect((await agencies(['RU1', 'RU2'])).map((a) => [a.name['ru'], a.attributes['followers']])).toEqual([
      ['Управление культуры «Север»', 1234.5],
      ['Акимат', 12.5],
    ]);
  });

  it('reads UTF-16 as Excel saves "Unicode text", with a byte-order mark', async () => {
    const text = 'code\tname_kk\tname_fa\r\nKK1\tҚалалық әкімдік\tشهرداری\r\n';
    const r = await importAgencies(Buffer.concat([Buffer.from([0xff, 0xfe]), encode(text, 'utf-16le')]));
    expect([r.statusCode, (r.json() as AgencyImportResult).source.encoding]).toEqual([201, 'utf-16le']);
    expect((await agencies(['KK1'])).map((a) => a.name)).toEqual([{ kk: 'Қалалық әкімдік', fa: 'شهرداری' }]);
  });

  it('refuses a file it cannot read as text, naming the line, and stores nothing', async () => {
    const file = Buffer.concat([
      Buffer.from('code;name_ru\nBAD1;Городская больница\n', 'utf8'),
      encode('BAD2;Акимат села Жаркент\n', 'windows-1251'),
    ]);
    const r = await importAgencies(file);
    expect([r.statusCode, r.json().code, r.json().params, r.json().details]).toEqual([
      400,
      'file.undecodable',
      { line: 3 },
      [
        {
          field: 'file',
          code: 'file.undecodable_line',
          params: { line: 3 },
          problems: ['line 3 is not UTF-8, UTF-16, Windows-1251 or Windows-1256 text'],
        },
      ],
    ]);
    expect(await agencies(['BAD1', 'BAD2'])).toEqual([]);
  });

  it('applies the upload size limit before decoding: an oversized legacy-encoded file is 413, not read', async () => {
    const row = encode('BIG;Городская больница № 5 имени очень длинного названия\r\n', 'windows-1251');
    const file = Buffer.concat([
      encode('code;name_ru\r\n', 'windows-1251'),
      ...Array.from({ length: Math.ceil((2 * 1024 * 1024) / row.length) + 1 }, () => row),
    ]);
    expect(file.length).toBeGreaterThan(2 * 1024 * 1024);
    const r = await importAgencies(file, true);
    expect([r.statusCode, r.json().code]).toEqual([413, 'upload.too_large']);
  });

  it('reads "12,500" in a comma-separated file as twelve thousand five hundred', async () => {
    const preview = await importAgencies(fixture('agencies-thousands-separator.csv'), true);
    expect((preview.json() as AgencyImportResult).agencies.map((a) => a.attributes['followers'])).toEqual([
      12500, 800,
    ]);
    const r = await importAgencies(fixture('agencies-thousands-separator.csv'));
    expect(r.statusCode).toBe(201);
    expect(
      (await agencies(['FLD-MUS1', 'FLD-THR1'])).map((a) => [a.code, a.attributes['followers']]),
    ).toEqual([
      ['FLD-MUS1', 12500],
      ['FLD-THR1', 800],
    ]);
  });

  it('refuses "12,500" where neither the column nor the separator tells, naming row and column', async () => {
    const r = await importAgencies('code;name_en;attr_followers\nAMB1;Ambiguous;12,500\nAMB2;Plain;800\n');
    expect([r.statusCode, r.json().details]).toEqual([
      400,
      [
        {
          field: 'row 2, attr_followers',
          code: 'file.ambiguous_number',
          params: { value: '12,500', thousands: 12500, decimal: 12.5 },
          problems: ['"12,500" could be 12500 or 12.5'],
        },
      ],
    ]);
    expect(await agencies(['AMB1', 'AMB2'])).toEqual([]);
  });

  it('refuses broken quoting in the preview and the apply, naming its line and cell, and stores nothing', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `QT${i};Агентство ${i}`);
    const file = ['code;name_ru', ...rows, 'QTBAD;Акимат "Север', 'QTLAST;Последнее'].join('\r\n');
    for (const dryRun of [true, false]) {
      const r = await importAgencies(file, dryRun);
      expect([r.statusCode, r.json().code, r.json().details]).toEqual([
        400,
        'import.rows_invalid',
        [
          {
            field: 'row 1502, name_ru',
            code: 'file.csv_quote_inside_cell',
            params: { line: 1502, column: 2 },
            problems: [expect.stringMatching(/^Line 1502, cell 2: a quote inside a cell/)],
          },
        ],
      ]);
    }
    expect(await agencies(['QT0', 'QTBAD', 'QTLAST'])).toEqual([]);
  });
});
