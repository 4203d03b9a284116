import type { CommitteeView, TrainingReport } from '@prgauge/contracts';
import { Workbook } from 'exceljs';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { trainingApi } from '../../../test/support/training-api';

/**
 * South Khorasan's training committee reported 6,418 person-hours for the year 1405 (21 March 2026 to
 * 20 March 2027). Built by hand through the API:
 * - protocol and etiquette for drivers, 12 h × 40 = 480;
 * - news writing for PR staff (PR officer 1–150 of agency A), 24 h × 150 = 3,600;
 * - protocol for PR staff (PR officer 1–100 again), 16 h × 100 = 1,600;
 * - news writing for media people, 8 h × 92 = 736, one more who left after 2 h, and one absent: 738;
 * 480 + 3,600 + 1,600 + 738 = 6,418 person-hours; 40 + 150 + 100 + 93 = 383 attendances; people trained
 * 40 + 150 + 93 = 283 (the protocol course's PR officers are the news-writing course's).
 * Not counted: the committee's own course of 15 March 2026 (before 1405, 4 h × 10), the media relations
 * committee's press tour (10 h × 30 = 300) and an event of no committee (5 h × 10 = 50).
 */
describe("a committee's training report", () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let training: CommitteeView;
  let media: CommitteeView;
  const YEAR_1405 = 'from=2026-03-21&to=2027-03-20';

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const api = () => trainingApi(director);
  const createCommittee = async (kind: string, en: string) => {
    const response = await director({
      method: 'POST',
      url: '/api/committees',
      payload: { kind, name: { en } },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as CommitteeView;
  };
  /** An event with `count` attendees named `<name> 1..count`, each attending the planned hours. */
  const eventWith = async (
    spec: { committeeId: string | null; topic: string; startDate: string; plannedHours: number },
    rows: string[],
  ) => {
    const event = await api().createEvent({
      title: `${spec.topic} ${spec.startDate}`,
      topicId: await api().topicId(spec.topic),
      format: 'course',
      committeeId: spec.committeeId,
      startDate: spec.startDate,
      endDate: spec.startDate,
      plannedHours: spec.plannedHours,
      audiences: ['pr_staff'],
    });
    const imported = await api().importCsv(
      event.id,
      ['participant_name,agency,outlet,audience,attended,hours', ...rows].join('\n'),
    );
    expect(imported.created).toBe(rows.length);
  };
  const people = (count: number, row: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => row(i + 1));

  it("gives exactly 6,418 person-hours for the training committee while another committee's events exist", async () => {
    training = await createCommittee('training', 'South Khorasan training committee');
    media = await createCommittee('media_relations', 'Media relations committee');
    const a = fx.agencies.a.code;
    const own = (topic: string, startDate: string, plannedHours: number) => ({
      committeeId: training.id,
      topic,
      startDate,
      plannedHours,
    });
    await eventWith(
      own('protocol_etiquette', '2026-05-02', 12),
      people(40, (i) => `Driver ${i},,,drivers_protocol,yes,`),
    );
    await eventWith(
      own('news_writing', '2026-06-10', 24),
      people(150, (i) => `PR officer ${i},${a},,pr_staff,yes,`),
    );
    await eventWith(
      own('protocol_etiquette', '2026-10-20', 16),
      people(100, (i) => `PR officer ${i},${a},,pr_staff,yes,`),
    );
    await eventWith(own('news_writing', '2027-02-01', 8), [
      ...people(92, (i) => `Reporter ${i},,Khorasan daily,journalists_media,yes,`),
      'Reporter 93,,Khorasan daily,journalists_media,yes,2',
      'Reporter 94,,Khorasan daily,journalists_media,no,',
    ]);
    await eventWith(
      own('news_writing', '2026-03-15', 4),
      people(10, (i) => `Early ${i},,,other,yes,`),
    );
    await eventWith(
      { committeeId: media.id, topic: 'media_law', startDate: '2026-07-01', plannedHours: 10 },
      people(30, (i) => `Press tour ${i},,,journalists_media,yes,`),
    );
    await eventWith(
      { committeeId: null, topic: 'other', startDate: '2026-08-01', plannedHours: 5 },
      people(10, (i) => `Guest ${i},,,other,yes,`),
    );

    const report = await api().report(`${YEAR_1405}&committeeId=${training.id}`);
    expect([report.committeeId, report.personHours, report.attendances, report.peopleTrained]).toEqual([
      training.id,
      6418,
      383,
      283,
    ]);
    expect(report.eventRates).toHaveLength(4);
    expect(report.byCommittee.map((r) => [r.key, r.personHours])).toEqual([[training.id, 6418]]);
  });

  it('sums every committee without the filter, and shows each committee beside the others', async () => {
    const report: TrainingReport = await api().report(YEAR_1405);
    // 6,418 + 300 + 50 = 6,768.
    expect([report.committeeId, report.personHours]).toEqual([null, 6768]);
    expect(report.byCommittee.map((r) => [r.key, r.personHours, r.peopleTrained])).toEqual([
      [training.id, 6418, 283],
      [media.id, 300, 30],
    ]);
  });

  it("exports the committee's figures: person-hours, attendances and people trained", async () => {
    const response = await director({
      method: 'GET',
      url: `/api/training/reports/export?${YEAR_1405}&committeeId=${training.id}`,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Summary')?.getRow(2).values).toEqual([
      undefined,
      '2026-03-21',
      '2027-03-20',
      6418,
      383,
      283,
    ]);
  });

  it("answers another region's committee as a missing one", async () => {
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    const response = await south({ method: 'GET', url: `/api/training/reports?committeeId=${training.id}` });
    expect([response.statusCode, response.json().code]).toEqual([404, 'record.not_found']);
  });
});
