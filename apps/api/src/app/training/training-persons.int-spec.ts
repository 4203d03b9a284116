import type {
  AttendanceView,
  DoubtfulPersonPair,
  TrainingEventView,
  TrainingPersonView,
} from '@prgauge/contracts';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { trainingApi } from '../../../test/support/training-api';

/**
 * Participants as persons, from an empty register through the API. Two events in 2026:
 * - a seminar (16 h), filled from a file: Aigerim Sadykova (agency A), Ali Rezaei (IRNA), Zahra Ahmadi
 *   (agency B), Мария Иванова with personal id ۰۰۱۲۳۴ (Persian digits);
 * - a workshop (6 h), by hand: "aigerim  SADYKOVA" (agency A), Ali Rezaei (ISNA), Zahra Ahmadi (no
 *   organisation), "Мариа Иванова" with personal id 001234.
 * By hand: 8 attendances; 4 × 16 + 4 × 6 = 88 person-hours; people: Aigerim 1 (same name key and agency),
 * Мария 1 (same personal id), Ali 2 and Zahra 2 (doubtful, not merged) = 6.
 */
describe('training participants as persons', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let seminar: TrainingEventView;
  let workshop: TrainingEventView;
  const YEAR = 'from=2026-01-01&to=2026-12-31';

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
  });
  afterAll(() => testApp.close());

  const api = () => trainingApi(director);
  const addRow = async (payload: Record<string, unknown>) => {
    const response = await director({
      method: 'POST',
      url: `/api/training/events/${workshop.id}/attendance`,
      payload: { audience: 'pr_staff', ...payload },
    });
    expect([response.statusCode, response.body]).toEqual([201, expect.any(String)]);
    return response.json() as AttendanceView;
  };
  const doubtful = async () => {
    const response = await director({ method: 'GET', url: '/api/training/persons/doubtful' });
    expect(response.statusCode).toBe(200);
    return response.json() as DoubtfulPersonPair[];
  };
  const pairOf = (pairs: DoubtfulPersonPair[], name: string) =>
    pairs.find((p) => p.first.name === name && p.second.name === name);

  it('counts a person at two events once in people trained and twice in attendances', async () => {
    const topicId = await api().topicId('news_writing');
    const event = (title: string, startDate: string, plannedHours: number) =>
      api().createEvent({
        title,
        topicId,
        format: 'seminar',
        startDate,
        endDate: startDate,
        plannedHours,
        audiences: ['pr_staff'],
      });
    seminar = await event('News writing seminar', '2026-03-10', 16);
    workshop = await event('News writing workshop', '2026-04-15', 6);
    const { a, b } = fx.agencies;
    await api().importCsv(
      seminar.id,
      [
        'participant_name,agency,outlet,personal_id,audience',
        `Aigerim Sadykova,${a.code},,,pr_staff`,
        'Ali Rezaei,,IRNA,,journalists_media',
        `Zahra Ahmadi,${b.code},,,pr_staff`,
        'Мария Иванова,,,۰۰۱۲۳۴,other',
      ].join('\n'),
    );
    const aigerim = await addRow({ participantName: 'aigerim  SADYKOVA', agencyId: a.id });
    await addRow({ participantName: 'Ali Rezaei', outlet: 'ISNA', audience: 'journalists_media' });
    await addRow({ participantName: 'Zahra Ahmadi' });
    const maria = await addRow({ participantName: 'Мариа Иванова', personalId: '001234', audience: 'other' });

    const report = await api().report(YEAR);
    expect([report.attendances, report.personHours, report.peopleTrained]).toEqual([8, 88, 6]);
    const seminarRows = (
      await director({ method: 'GET', url: `/api/training/events/${seminar.id}/attendance` })
    ).json() as AttendanceView[];
    const personOf = (name: string) => seminarRows.find((r) => r.participantName === name)?.personId;
    expect(aigerim.personId).toBe(personOf('Aigerim Sadykova'));
    expect(report.eventRates.map((e) => [e.title, e.attended, e.peopleTrained])).toEqual([
      ['News writing workshop', 4, 4],
      ['News writing seminar', 4, 4],
    ]);
    // The same personal id with another spelling of the name is one person.
    expect(maria.personId).toBe(personOf('Мария Иванова'));
    expect(report.byAudience.find((r) => r.key === 'pr_staff')).toMatchObject({
      participants: 4,
      peopleTrained: 3,
      personHours: 44,
    });
  });

  it('offers a same-name pair with another or no organisation as doubtful, and merges nobody by itself', async () => {
    const pairs = await doubtful();
    expect(
      pairs.map((p) => [
        p.first.name,
        p.first.outlet ?? p.first.agencyCode,
        p.second.outlet ?? p.second.agencyCode,
      ]),
    ).toEqual([
      ['Ali Rezaei', 'IRNA', 'ISNA'],
      ['Zahra Ahmadi', fx.agencies.b.code, null],
    ]);
    expect(pairOf(pairs, 'Ali Rezaei')?.first).toMatchObject({
      attendances: 1,
      personHours: 16,
      hasPersonalId: false,
    });
    expect((await api().report(YEAR)).peopleTrained).toBe(6);
  });

  it('remembers a pair kept apart and no longer offers it', async () => {
    const zahra = pairOf(await doubtful(), 'Zahra Ahmadi') as DoubtfulPersonPair;
    const kept = await director({
      method: 'POST',
      url: `/api/training/persons/${zahra.second.id}/keep-apart`,
      payload: { otherPersonId: zahra.first.id },
    });
    expect(kept.statusCode).toBe(204);
    expect(pairOf(await doubtful(), 'Zahra Ahmadi')).toBeUndefined();
    expect((await api().report(YEAR)).peopleTrained).toBe(6);
  });

  it('merges a pair when someone decides, refusing a stale version, and later rows join the kept person', async () => {
    const ali = pairOf(await doubtful(), 'Ali Rezaei') as DoubtfulPersonPair;
    const merge = (version: number) =>
      director({
        method: 'POST',
        url: `/api/training/persons/${ali.first.id}/merge`,
        payload: { otherPersonId: ali.second.id, version, otherVersion: ali.second.version },
      });
    expect((await merge(ali.first.version + 1)).statusCode).toBe(409);
    const merged = await merge(ali.first.version);
    expect(merged.statusCode).toBe(201);
    expect(merged.json() as TrainingPersonView).toMatchObject({
      id: ali.first.id,
      attendances: 2,
      personHours: 22,
    });
    expect(await doubtful()).toEqual([]);
    const report = await api().report(YEAR);
    expect([report.attendances, report.personHours, report.peopleTrained]).toEqual([8, 88, 5]);
    // ISNA's Ali Rezaei, written again, is the merged person's keys: he joins the person he was merged into.
    const again = await addRow({
      participantName: 'ALI REZAEI',
      outlet: 'isna',
      audience: 'journalists_media',
      hours: 1,
    });
    expect(again.personId).toBe(ali.first.id);
    const repeated = await merge(merged.json<TrainingPersonView>().version);
    expect([repeated.statusCode, repeated.json().code]).toEqual([409, 'training.person_merged']);
  });
});
