import type { ContestView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { releaseClock, setClock } from '../../../../test/support/clock';
import { fieldProblemsOf, insertAccount, refusalOf } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { ApplicationNomination, ContestApplication } from '../applications/contest-application.entity';
import { Nomination } from './nomination.entity';
import { ContestVote, ContestVoter } from '../voting/voting.entities';

/** Tehran is UTC+03:30 all year (Iran keeps no summer time since 2022). */
const TEHRAN_DAYS = {
  applicationsOpenAt: '2026-12-01',
  applicationsCloseAt: '2026-12-05',
  judgingStartAt: '2026-12-06',
  judgingEndAt: '2026-12-20',
  votingStartAt: '2026-12-06',
  votingEndAt: '2026-12-10',
};

describe('contest dates given as days, in a region of Asia/Tehran', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let contest: ContestView;
  let nominationId: string;
  let applicationId: string;

  /** A verified voter of the contest, signed in at the clock's current time. */
  async function verifiedVoter(login: string): Promise<Caller> {
    const user = await insertAccount(testApp, login, 'journalist', fx.region.id);
    await testApp.app.get(DataSource).getRepository(ContestVoter).save({
      contestId: contest.id,
      userId: user.id,
      outlet: 'IRNA',
      mediaRole: 'reporter',
      workLink: 'https://irna.ir/news/1',
      documentName: null,
      documentType: null,
      document: null,
      status: 'verified',
      statusReason: null,
      reviewedBy: null,
    });
    return callerFor(testApp, login);
  }

  const vote = (voter: Caller) =>
    voter({ method: 'POST', url: `/api/nominations/${nominationId}/votes`, payload: { applicationId } });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    await testApp.app
      .get(DataSource)
      .query(`UPDATE region SET time_zone = 'Asia/Tehran', calendar = 'persian' WHERE id = $1`, [
        fx.region.id,
      ]);
    // The last voting day, 10 December, in the afternoon in Tehran.
    setClock(testApp, '2026-12-10T12:00:00Z');
    director = await callerFor(testApp, fx.logins.director);
    const created = await director({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { en: 'Best press service' },
        organiser: { en: 'Tehran directorate' },
        year: 2026,
        series: 'best-press-service',
        status: 'announced',
        ...TEHRAN_DAYS,
      },
    });
    expect(created.statusCode).toBe(201);
    contest = created.json();
    const ds = testApp.app.get(DataSource);
    const nomination = await ds.getRepository(Nomination).save({
      contestId: contest.id,
      name: { en: 'Public choice' },
      places: 1,
      criteria: [],
      scoringMode: 'vote',
      juryShare: 0,
      commentRequired: false,
      normaliseJurors: false,
      prizeAmount: null,
      prizeCurrency: null,
      position: 0,
    });
    nominationId = nomination.id;
    const application = await ds.getRepository(ContestApplication).save({
      contestId: contest.id,
      candidateName: 'Candidate',
      candidatePosition: 'Press secretary',
      candidateOrganisation: 'Agency A',
      agencyId: fx.agencies.a.id,
      filedBy: 'organisation',
      filerId: null,
      projectTitle: 'Pages',
      projectStart: null,
      projectEnd: null,
      description: 'A year of posts.',
      goal: null,
      results: null,
      links: [],
      screening: 'accepted',
      screeningReason: null,
      screenedBy: null,
    });
    applicationId = application.id;
    await ds.getRepository(ApplicationNomination).save({ applicationId, nominationId });
  });
  afterAll(async () => {
    releaseClock(testApp);
    await testApp.close();
  });

  it("answers in UTC and names the region's zone: a window opens at the start of its first day, closes at the end of its last", () => {
    expect(contest).toMatchObject({
      timeZone: 'Asia/Tehran',
      applicationsOpenAt: '2026-11-30T20:30:00.000Z',
      applicationsCloseAt: '2026-12-05T20:29:59.999Z',
      judgingStartAt: '2026-12-05T20:30:00.000Z',
      judgingEndAt: '2026-12-20T20:29:59.999Z',
      votingStartAt: '2026-12-05T20:30:00.000Z',
      votingEndAt: '2026-12-10T20:29:59.999Z',
      votingOpen: true,
    });
  });

  it('accepts a vote at 23:00 Tehran time on the last voting day', async () => {
    setClock(testApp, '2026-12-10T19:00:00Z');
    const voter = await verifiedVoter('late-voter');
    setClock(testApp, '2026-12-10T19:30:00Z');
    const r = await vote(voter);
    expect([r.statusCode, r.json()]).toEqual([201, { nominationId, applicationId }]);
  });

  it('refuses a vote at 00:01 Tehran time the next day, naming the end of the window', async () => {
    setClock(testApp, '2026-12-10T19:00:00Z');
    const voter = await verifiedVoter('too-late-voter');
    setClock(testApp, '2026-12-10T20:31:00Z');
    expect(refusalOf(await vote(voter))).toEqual([
      409,
      'vote.closed',
      { phase: 'judging', opensAt: '2026-12-05T20:30:00.000Z', closesAt: '2026-12-10T20:29:59.999Z' },
    ]);
  });

  it('shows voting closed in the contest itself from 00:00 the next day in Tehran', async () => {
    setClock(testApp, '2026-12-10T20:30:00Z');
    const r = await director({ method: 'GET', url: `/api/contests/${contest.id}` });
    expect(r.json()).toMatchObject({ votingOpen: false, phase: 'judging' });
  });

  it('takes an instant with an offset as that instant, and refuses a date-time without one', async () => {
    setClock(testApp, '2026-12-10T12:00:00Z');
    const moved = await director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: contest.version, judgingEndAt: '2026-12-21T18:00:00+03:30' },
    });
    expect(moved.json()).toMatchObject({ judgingEndAt: '2026-12-21T14:30:00.000Z' });
    const vague = await director({
      method: 'PATCH',
      url: `/api/contests/${contest.id}`,
      payload: { version: moved.json().version, votingEndAt: '2026-12-11T23:00' },
    });
    expect([vague.statusCode, fieldProblemsOf(vague)]).toEqual([
      400,
      [{ field: 'votingEndAt', code: 'time.offset_required' }],
    ]);
  });

  it('refuses a closing day before the opening day as one field problem, the days read in the zone', async () => {
    const r = await director({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { en: 'Same day' },
        organiser: { en: 'Tehran directorate' },
        year: 2026,
        series: 'same-day',
        ...TEHRAN_DAYS,
        // Judging cannot start on the day applications still close: that day is open until its end.
        judgingStartAt: '2026-12-05',
      },
    });
    expect([r.statusCode, fieldProblemsOf(r)]).toEqual([
      400,
      [
        {
          field: 'judgingStartAt',
          code: 'contest.date_must_not_precede',
          params: { other: 'applicationsCloseAt', otherAt: '2026-12-05T20:29:59.999Z' },
        },
      ],
    ]);
  });

  it("groups voters' registrations by the day in Tehran, not by the UTC day", async () => {
    const ds = testApp.app.get(DataSource);
    // 00:30 and 22:30 on 9 December in Tehran: two UTC days, one Tehran day.
    const registeredAt = ['2026-12-08T21:00:00Z', '2026-12-09T19:00:00Z'];
    for (let i = 0; i < 10; i += 1) {
      const voter = await insertAccount(testApp, `evening-voter-${i}`, 'journalist', fx.region.id);
      const [{ id }]: { id: string }[] = await ds.query(
        `INSERT INTO contest_voter (contest_id, user_id, outlet, media_role, work_link, status, registered_at)
         VALUES ($1, $2, 'IRNA', 'reporter', 'https://irna.ir/news/2', 'verified', $3) RETURNING id`,
        [contest.id, voter.id, registeredAt[i % 2]],
      );
      await ds.getRepository(ContestVote).save({ nominationId, applicationId, voterId: id, ipHash: `h${i}` });
    }
    const r = await director({ method: 'GET', url: `/api/contests/${contest.id}/vote-anomalies` });
    expect(r.json()).toEqual([
      expect.objectContaining({ kind: 'registration_day', key: '2026-12-09', votes: 10 }),
    ]);
  });
});
