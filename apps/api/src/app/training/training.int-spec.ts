import type { AttendanceView, CommitteeView, TrainingEventView, TrainingReport } from '@prgauge/contracts';
import {
  Caller,
  callerFor,
  PASSWORD,
  RegionFixture,
  seedRegions,
  settleOneTimePassword,
} from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { trainingApi } from '../../../test/support/training-api';
import { topicId } from '../../../test/support/training-fixtures';
import { itemsOf } from '../../../test/support/pages';

/**
 * A year of training in the north region, checked by hand:
 * - a social-media seminar, 16 hours, 150 invited deputies, 124 attended: 1,984 person-hours, 82.7 %;
 * - a news-writing workshop, 6 hours, 5 invited: A's PR staff 6 h and 3 h (partial), one absent, B's 6 h,
 *   a journalist 6 h: 21 person-hours, 4 of 5 = 80 %;
 * - a protocol course in December of the year before, which no 2026 figure may include.
 */
describe('training events, registers and reports', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let seminar: TrainingEventView;
  let workshop: TrainingEventView;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const createEvent = (payload: Record<string, unknown>) => trainingApi(director).createEvent(payload);
  const addRowResponse = (eventId: string, payload: Record<string, unknown>, caller = director) =>
    caller({ method: 'POST', url: `/api/training/events/${eventId}/attendance`, payload });
  const addRow = async (eventId: string, payload: Record<string, unknown>, caller = director) => {
    const response = await addRowResponse(eventId, payload, caller);
    expect([response.statusCode, response.body]).toEqual([201, expect.any(String)]);
    return response.json() as AttendanceView;
  };
  const importCsv = (eventId: string, csv: string, dryRun = false) =>
    director({
      method: 'POST',
      url: `/api/training/events/${eventId}/attendance/import${dryRun ? '?dryRun=true' : ''}`,
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });

  it('records a training committee with its chair', async () => {
    const response = await director({
      method: 'POST',
      url: '/api/committees',
      payload: {
        kind: 'training',
        name: { ru: 'Комитет по обучению', en: 'Training committee' },
        chair: 'R. Akhmetov',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'training',
      chair: 'R. Akhmetov',
      members: [],
      version: 1,
    });
  });

  it('creates events and fills the social-media seminar from a file: 124 of 150 attended', async () => {
    const committee = (
      (await director({ method: 'GET', url: '/api/committees?kind=training' })).json() as CommitteeView[]
    )[0];
    seminar = await createEvent({
      title: 'Political work in social media',
      topicId: await topicId(testApp, fx.region.id, 'social_media'),
      format: 'seminar',
      committeeId: committee.id,
      startDate: '2026-03-10',
      endDate: '2026-03-11',
      location: 'Petropavlovsk',
      trainers: [
        { name: 'A. Nurlanova', affiliation: 'Media expert' },
        { name: 'B. Seitkali', affiliation: 'Media expert' },
      ],
      plannedHours: 16,
      audiences: ['deputies_officials'],
      invited: 150,
    });
    const lines = ['participant_name,audience,attended'];
    for (let i = 1; i <= 150; i++) lines.push(`Deputy ${i},deputies_officials,${i <= 124 ? 'yes' : 'no'}`);
    const imported = await importCsv(seminar.id, lines.join('\n'));
    expect([imported.statusCode, imported.json().created]).toEqual([201, 150]);
    const view = (await director({ method: 'GET', url: `/api/training/events/${seminar.id}` })).json();
    expect(view).toMatchObject({ attended: 124, invited: 150, personHours: 1984, attendanceRate: 82.7 });
  });

  it('fills a register by hand, with partial attendance and a stale edit refused', async () => {
    workshop = await createEvent({
      title: 'Writing a press release',
      topicId: await topicId(testApp, fx.region.id, 'news_writing'),
      format: 'course',
      startDate: '2026-05-20',
      endDate: '2026-05-20',
      trainers: [{ name: 'M. Karimova', affiliation: 'Kazinform' }],
      plannedHours: 6,
      audiences: ['pr_staff', 'journalists_media'],
      invited: 5,
    });
    await addRow(workshop.id, { participantName: 'A-1', agencyId: fx.agencies.a.id, audience: 'pr_staff' });
    const partial = await addRow(workshop.id, {
      participantName: 'A-2',
      agencyId: fx.agencies.a.id,
      audience: 'pr_staff',
    });
    expect(partial.hours).toBe(6);
    await addRow(workshop.id, {
      participantName: 'A-3',
      agencyId: fx.agencies.a.id,
      audience: 'pr_staff',
      attended: false,
    });
    await addRow(workshop.id, { participantName: 'B-1', agencyId: fx.agencies.b.id, audience: 'pr_staff' });
    await addRow(workshop.id, {
      participantName: 'Journalist',
      outlet: 'Qazaq Radio',
      audience: 'journalists_media',
    });

    const edit = (version: number, hours: number) =>
      director({
        method: 'PATCH',
        url: `/api/training/attendance/${partial.id}`,
        payload: { version, hours },
      });
    const first = await edit(1, 3);
    expect([first.statusCode, first.json().hours, first.json().version]).toEqual([200, 3, 2]);
    const stale = await edit(1, 2);
    expect([stale.statusCode, stale.json().code, stale.json().current.hours]).toEqual([
      409,
      'record.stale_version',
      3,
    ]);
    const tooLong = await edit(2, 7);
    expect(tooLong.json()).toMatchObject({
      statusCode: 400,
      code: 'training.attendance_invalid',
      params: { count: 1 },
      details: [
        {
          field: 'hours',
          code: 'field.too_large',
          params: { max: 6, unit: 'hours' },
          problems: ["must not exceed the event's planned 6 hours"],
        },
      ],
    });
    const foreignAgency = await addRowResponse(workshop.id, {
      participantName: 'South',
      agencyId: fx.agencies.foreign.id,
      audience: 'pr_staff',
    });
    expect(foreignAgency.json()).toMatchObject({
      code: 'training.attendance_invalid',
      details: [
        {
          field: 'agencyId',
          code: 'field.unknown_reference',
          params: { value: fx.agencies.foreign.id, regionId: fx.region.id },
        },
      ],
    });

    const view = (await director({ method: 'GET', url: `/api/training/events/${workshop.id}` })).json();
    expect(view).toMatchObject({ attended: 4, personHours: 21, attendanceRate: 80 });
  });

  it('reports the year by topic, audience, agency, month, PR staff member, trainer and event', async () => {
    const lastYear = await createEvent({
      title: 'Protocol basics',
      topicId: await topicId(testApp, fx.region.id, 'protocol_etiquette'),
      format: 'course',
      startDate: '2025-12-10',
      endDate: '2025-12-10',
      plannedHours: 5,
      audiences: ['pr_staff'],
    });
    await addRow(lastYear.id, { participantName: 'C-1', agencyId: fx.agencies.c.id, audience: 'pr_staff' });

    const response = await director({
      method: 'GET',
      url: '/api/training/reports?from=2026-01-01&to=2026-12-31',
    });
    expect(response.statusCode).toBe(200);
    const report = response.json() as TrainingReport;
    expect(report.personHours).toBe(2005);
    const hours = (rows: { key: string; personHours: number }[]) => rows.map((r) => [r.key, r.personHours]);
    expect(hours(report.byTopic)).toEqual([
      ['social_media', 1984],
      ['news_writing', 21],
    ]);
    expect(hours(report.byAudience)).toEqual([
      ['deputies_officials', 1984],
      ['pr_staff', 15],
      ['journalists_media', 6],
    ]);
    expect(hours(report.byAgency)).toEqual([
      [fx.agencies.a.id, 9],
      [fx.agencies.b.id, 6],
    ]);
    expect(hours(report.byMonth)).toEqual([
      ['2026-03', 1984],
      ['2026-05', 21],
    ]);
    expect(report.perStaff.map((s) => [s.agencyCode, s.personHours, s.perStaffMember])).toEqual([
      ['A', 9, 2.25],
      ['B', 6, 3],
      ['C', 0, 0],
    ]);
    expect(report.untrainedAgencies.map((a) => a.agencyCode)).toEqual(['C']);
    expect(report.topTrainers.map((t) => [t.name, t.events, t.personHours])).toEqual([
      ['A. Nurlanova', 1, 1984],
      ['B. Seitkali', 1, 1984],
      ['M. Karimova', 1, 21],
    ]);
    expect(report.eventRates.map((e) => [e.title, e.attended, e.invited, e.attendanceRate])).toEqual([
      ['Writing a press release', 4, 5, 80],
      ['Political work in social media', 124, 150, 82.7],
    ]);

    const december = (
      await director({ method: 'GET', url: '/api/training/reports?from=2025-12-01&to=2025-12-31' })
    ).json() as TrainingReport;
    expect([december.personHours, december.untrainedAgencies.map((a) => a.agencyCode)]).toEqual([
      5,
      ['A', 'B'],
    ]);
  });

  it('exports the report as an XLSX workbook', async () => {
    const response = await director({
      method: 'GET',
      url: '/api/training/reports/export?from=2026-01-01&to=2026-12-31',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('filters events by topic, audience, committee and dates', async () => {
    const titles = async (query: string) =>
      itemsOf<TrainingEventView>(await director({ method: 'GET', url: `/api/training/events?${query}` })).map(
        (e) => e.title,
      );
    expect(await titles(`topicId=${seminar.topicId}`)).toEqual(['Political work in social media']);
    expect(await titles('audience=journalists_media')).toEqual(['Writing a press release']);
    expect(await titles(`committeeId=${seminar.committeeId}`)).toEqual(['Political work in social media']);
    expect(await titles('from=2026-01-01&to=2026-04-30')).toEqual(['Political work in social media']);
    const bad = await director({ method: 'GET', url: '/api/training/events?from=2026-02-30' });
    expect([bad.statusCode, bad.json().details]).toEqual([
      400,
      [
        {
          field: 'from',
          code: 'field.format',
          params: { format: 'YYYY-MM-DD' },
          problems: ['must be a day, YYYY-MM-DD'],
        },
      ],
    ]);
    const reversed = await director({
      method: 'GET',
      url: '/api/training/reports?from=2026-05-01&to=2026-04-01',
    });
    expect(reversed.json().details).toEqual([
      {
        field: 'to',
        code: 'field.too_early',
        params: { other: 'from', otherDate: '2026-05-01' },
        problems: ['is before from'],
      },
    ]);
  });

  it('names the field of every bad input', async () => {
    const response = await director({
      method: 'POST',
      url: '/api/training/events',
      payload: {
        title: 'Broken',
        topicId: seminar.topicId,
        format: 'lecture',
        startDate: '2026-06-02',
        endDate: '2026-06-01',
        plannedHours: -1,
        audiences: ['everyone'],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['audiences', 'format', 'plannedHours']);
    const dates = await director({
      method: 'POST',
      url: '/api/training/events',
      payload: {
        title: 'Backwards',
        topicId: seminar.topicId,
        format: 'seminar',
        startDate: '2026-06-02',
        endDate: '2026-06-01',
        plannedHours: 2,
        audiences: ['other'],
      },
    });
    expect(dates.json()).toMatchObject({
      statusCode: 400,
      code: 'training.event_invalid',
      params: { count: 1 },
      details: [
        {
          field: 'endDate',
          code: 'field.too_early',
          params: { other: 'startDate', otherDate: '2026-06-02' },
        },
      ],
    });
  });

  it('keeps each region to its own: another region’s director gets 404, an agency editor sees only its rows', async () => {
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await south({ method: 'GET', url: `/api/training/events/${workshop.id}` })).statusCode).toBe(404);
    expect(
      (await south({ method: 'GET', url: `/api/training/events/${workshop.id}/attendance` })).statusCode,
    ).toBe(404);
    const patch = await south({
      method: 'PATCH',
      url: `/api/training/events/${workshop.id}`,
      payload: { version: 1, title: 'Mine' },
    });
    expect(patch.statusCode).toBe(404);
    expect(itemsOf(await south({ method: 'GET', url: '/api/training/events' }))).toHaveLength(0);
    expect(
      ((await south({ method: 'GET', url: '/api/training/reports' })).json() as TrainingReport).personHours,
    ).toBe(0);

    const editorB = await callerFor(testApp, fx.logins.editorB);
    const rows = (
      await editorB({ method: 'GET', url: `/api/training/events/${workshop.id}/attendance` })
    ).json() as AttendanceView[];
    expect(rows.map((r) => r.participantName)).toEqual(['B-1']);
    expect((await editorB({ method: 'GET', url: '/api/training/reports' })).statusCode).toBe(403);
  });

  it('lets members of the training committee, and no other committee member, manage training records', async () => {
    const account = (login: string) =>
      director({
        method: 'POST',
        url: '/api/users',
        payload: { login, displayName: login, role: 'committee_member', password: PASSWORD },
      });
    const trainer = await account('training-member');
    const pollster = await account('polling-member');
    expect([trainer.statusCode, pollster.statusCode]).toEqual([201, 201]);
    for (const login of ['training-member', 'polling-member']) await settleOneTimePassword(testApp, login);
    const [training] = (
      await director({ method: 'GET', url: '/api/committees?kind=training' })
    ).json() as CommitteeView[];
    const seated = await director({
      method: 'POST',
      url: `/api/committees/${training.id}/members`,
      payload: { userId: trainer.json().id, role: 'secretary' },
    });
    expect(seated.json().members).toEqual([
      expect.objectContaining({ name: 'training-member', role: 'secretary' }),
    ]);

    const member = await callerFor(testApp, 'training-member');
    const outsider = await callerFor(testApp, 'polling-member');
    const row = { participantName: 'Late registrant', agencyId: fx.agencies.c.id, audience: 'pr_staff' };
    expect(
      (await member({ method: 'POST', url: `/api/training/events/${workshop.id}/attendance`, payload: row }))
        .statusCode,
    ).toBe(201);
    const refused = await outsider({
      method: 'POST',
      url: `/api/training/events/${workshop.id}/attendance`,
      payload: row,
    });
    expect([refused.statusCode, refused.json().code, refused.json().params]).toEqual([
      403,
      'training.managers_only',
      { regionId: fx.region.id },
    ]);
  });
});
