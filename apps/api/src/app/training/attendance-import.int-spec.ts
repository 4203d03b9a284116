import { TRAINING_AUDIENCES, type ApiErrorBody, type AttendanceImportResult } from '@prgauge/contracts';
import { Workbook } from 'exceljs';
import { encode } from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { multipartBody } from '../../../test/support/multipart';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { insertEvent } from '../../../test/support/training-fixtures';
import { Attendance } from './attendance.entity';

describe('importing an attendance register', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let eventId: string;

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
  });
  afterAll(() => testApp.close());

  const rowCount = () => testApp.app.get(DataSource).getRepository(Attendance).countBy({ eventId });
  const postCsv = (csv: string | Buffer, dryRun = false) =>
    director({
      method: 'POST',
      url: `/api/training/events/${eventId}/attendance/import${dryRun ? '?dryRun=true' : ''}`,
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
  const fields = (body: ApiErrorBody) => (body.details ?? []).map((d) => d.field);
  const problems = (body: ApiErrorBody) =>
    (body.details ?? []).map((d) => ({ field: d.field, code: d.code, params: d.params }));

  it('reports every malformed row by line and column and saves nothing', async () => {
    const response = await postCsv(
      [
        'participant_name;agency;audience;attended;hours',
        'Gulnara Omarova;A;pr_staff;yes;8',
        'Daniyar Bekov;A;press;yes;8',
        'Aliya Sultan;B;pr_staff;maybe;8',
        'Erlan Nurpeis;B;pr_staff;yes;eight',
        'X;;other;;',
      ].join('\r\n'),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'import.rows_invalid', params: { count: 4 } });
    expect(problems(response.json())).toEqual([
      {
        field: 'row 3, audience',
        code: 'field.not_in_list',
        params: { value: 'press', allowed: TRAINING_AUDIENCES.join(', ') },
      },
      { field: 'row 4, attended', code: 'field.type', params: { value: 'maybe', expected: 'boolean' } },
      { field: 'row 5, hours', code: 'field.type', params: { value: 'eight', expected: 'number' } },
      { field: 'row 6, participant_name', code: 'field.too_short', params: { min: 2 } },
    ]);
    expect(await rowCount()).toBe(0);
  });

  it('refuses agency codes of another region and hours beyond the plan, naming the rows', async () => {
    const response = await postCsv(
      'participant_name,agency,audience,hours\nGulnara Omarova,A,pr_staff,8\nStranger,D,pr_staff,8\nOvertime,B,pr_staff,9',
    );
    expect(problems(response.json())).toEqual([
      {
        field: 'row 3, agency',
        code: 'field.unknown_reference',
        params: { value: 'D', regionId: fx.region.id },
      },
      { field: 'row 4, hours', code: 'field.too_large', params: { max: 8, unit: 'hours', value: 9 } },
    ]);
    expect(await rowCount()).toBe(0);
  });

  it('refuses a file with an unknown column or no rows', async () => {
    expect(fields((await postCsv('participant_name,shoe_size\nA,42')).json())).toEqual(['header']);
    expect(fields((await postCsv('participant_name\n')).json())).toEqual(['file']);
    expect(await rowCount()).toBe(0);
  });

  it('previews a valid file with dryRun and saves it only when confirmed', async () => {
    const csv =
      '\uFEFFparticipant_name,agency,outlet,audience,attended,hours\nGulnara Omarova,a,,pr_staff,да,\nReporter,,Qazaq Radio,journalists_media,yes,4';
    const preview = await postCsv(csv, true);
    const body = preview.json() as AttendanceImportResult;
    expect([preview.statusCode, body.created, body.rows.map((r) => [r.agencyId, r.hours])]).toEqual([
      201,
      0,
      [
        [fx.agencies.a.id, 8],
        [null, 4],
      ],
    ]);
    expect(await rowCount()).toBe(0);
    const saved = await postCsv(csv);
    expect((saved.json() as AttendanceImportResult).created).toBe(2);
    expect(await rowCount()).toBe(2);
  });

  it('reads the first sheet of an XLSX workbook and reports its rows as the sheet numbers them', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(['participant_name', 'agency', 'audience', 'attended', 'hours']);
    sheet.addRow(['Marat Ospan', 'C', 'pr_staff', true, 8]);
    sheet.addRow(['Saule Karim', 'C', 'drivers', 'yes', 8]);
    const bad = Buffer.from(await workbook.xlsx.writeBuffer());
    const form = multipartBody({}, { name: 'register.xlsx', content: bad });
    const refused = await director({
      method: 'POST',
      url: `/api/training/events/${eventId}/attendance/import`,
      payload: form.payload,
      headers: form.headers,
    });
    expect([refused.statusCode, fields(refused.json())]).toEqual([400, ['row 3, audience']]);
    expect(await rowCount()).toBe(2);

    sheet.getRow(3).getCell(3).value = 'drivers_protocol';
    const good = Buffer.from(await workbook.xlsx.writeBuffer());
    const accepted = await director({
      method: 'POST',
      url: `/api/training/events/${eventId}/attendance/import`,
      payload: good,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect([accepted.statusCode, (accepted.json() as AttendanceImportResult).created]).toEqual([201, 2]);
    expect(await rowCount()).toBe(4);
  });

  it('reads hours a workbook holds as a formula and as a duration typed 1:30, rounded as the register rounds', async () => {
    const workbook = readFileSync(
      join(__dirname, '../../../test/fixtures/locale/attendance-excel-typed-hours.xlsx'),
    );
    const event = await insertEvent(testApp, {
      regionId: fx.region.id,
      topic: 'media_law',
      startDate: '2026-09-02',
      plannedHours: 4,
    });
    const url = `/api/training/events/${event.id}/attendance/import`;
    const headers = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    const preview = await director({ method: 'POST', url: `${url}?dryRun=true`, payload: workbook, headers });
    const result = preview.json() as AttendanceImportResult;
    // A refusal is shown whole, so a failure says which row or limit refused the workbook.
    expect({
      status: preview.statusCode,
      source: result.source,
      refusal: preview.statusCode === 201 ? null : preview.json(),
    }).toEqual({ status: 201, source: { format: 'xlsx', encoding: null, separator: null }, refusal: null });
    expect(result.rows.map((row) => row.hours)).toEqual([1.5, 1.67, 1.5]);
    expect((await director({ method: 'POST', url, payload: workbook, headers })).statusCode).toBe(201);
    const saved = await testApp.app
      .get(DataSource)
      .getRepository(Attendance)
      .find({ where: { eventId: event.id }, order: { participantName: 'ASC' } });
    expect(saved.map((row) => [row.participantName, row.hours])).toEqual([
      ['Aigerim Nurlanova', 1.5],
      ['Dauren Abenov', 1.67],
      ['Saule Karimova', 1.5],
    ]);
  });

  it('reads a Windows-1251 register with decimal commas and refuses an ambiguous hours cell by row', async () => {
    const file = encode(
      'participant_name;hours\r\nАйгерим Нурланова;1,5\r\nДаурен Абенов;2,250\r\n',
      'windows-1251',
    );
    const accepted = await postCsv(file, true);
    expect([accepted.statusCode, (accepted.json() as AttendanceImportResult).source]).toEqual([
      201,
      { format: 'csv', encoding: 'windows-1251', separator: 'semicolon' },
    ]);
    expect((accepted.json() as AttendanceImportResult).rows.map((r) => [r.participantName, r.hours])).toEqual(
      [
        ['Айгерим Нурланова', 1.5],
        ['Даурен Абенов', 2.25],
      ],
    );
    const ambiguous = await postCsv('participant_name;hours\nAigerim Nurlanova;1,500\n', true);
    expect([ambiguous.statusCode, problems(ambiguous.json())]).toEqual([
      400,
      [
        {
          field: 'row 2, hours',
          code: 'file.ambiguous_number',
          params: { value: '1,500', thousands: 1500, decimal: 1.5 },
        },
      ],
    ]);
  });

  it('answers a broken workbook with 400, not a server error', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    const response = await director({
      method: 'POST',
      url: `/api/training/events/${eventId}/attendance/import`,
      payload: broken,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect([response.statusCode, fields(response.json())]).toEqual([400, ['file']]);
  });
});
