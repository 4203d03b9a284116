import type {
  ContestResults,
  ContestView,
  JurorTask,
  RankingResponse,
  ReviewQueueItem,
  ScorecardResponse,
  TrainingReport,
} from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { Caller, signIn } from '../../test/support/fixtures';
import { createTestApp, TestApp } from '../../test/support/test-app';
import { DEMO_PASSWORD, DemoDataService } from './demo-data.service';
import { itemsOf } from '../../test/support/pages';

interface CountRow {
  key: string;
  count: number;
}

const DEMO_TODAY = '2026-11-29';

describe('demo region', () => {
  let testApp: TestApp;
  let db: DataSource;
  let loaded: Awaited<ReturnType<DemoDataService['loadIfEmpty']>>;

  const countBy = async (sql: string): Promise<Record<string, number>> =>
    Object.fromEntries(
      ((await db.query(sql)) as CountRow[]).map((row) => [row.key, Number(row.count)] as const),
    );

  beforeAll(async () => {
    // Pinned, so the figures below hold whichever day the suite runs.
    testApp = await createTestApp(undefined, { DEMO_TODAY });
    db = testApp.app.get(DataSource);
    loaded = await DemoDataService.of(testApp.app).loadIfEmpty();
  }, 120_000);
  afterAll(() => testApp.close());

  it('loads about forty agencies in five peer groups, each named in four languages', async () => {
    const agencies = (await db.query('SELECT name, peer_group_id FROM agency')) as {
      name: Record<string, string>;
      peer_group_id: string | null;
    }[];
    expect(agencies.length).toBeGreaterThanOrEqual(35);
    expect(agencies.length).toBeLessThanOrEqual(45);
    expect(new Set(agencies.map((a) => a.peer_group_id)).size).toBe(5);
    for (const { name } of agencies) {
      for (const lang of ['ru', 'kk', 'fa', 'en']) expect(name[lang]?.trim()).toBeTruthy();
    }
  });

  it('has two published cycles and one open cycle', async () => {
    expect(await countBy('SELECT status AS key, count(*) FROM cycle GROUP BY status')).toEqual({
      published: 2,
      open: 1,
    });
  });

  it('has submissions in every state in the open cycle, with evidence files', async () => {
    const states = await countBy(
      `SELECT s.status AS key, count(*) FROM submission s JOIN cycle c ON c.id = s.cycle_id
       WHERE c.status = 'open' GROUP BY s.status`,
    );
    for (const status of ['draft', 'submitted', 'returned', 'approved'])
      expect(states[status]).toBeGreaterThan(0);
    const [{ count }] = (await db.query('SELECT count(*) FROM evidence WHERE content IS NOT NULL')) as {
      count: string;
    }[];
    expect(Number(count)).toBeGreaterThan(0);
  });

  it('dates nothing done after its reference day, and the open cycle three weeks after it', async () => {
    const end = `${DEMO_TODAY}T23:59:59Z`;
    const later = await countBy(
      `SELECT 'submissions' AS key, count(*) FROM submission
        WHERE submitted_at > '${end}' OR approved_at > '${end}' OR last_reviewed_at > '${end}'
       UNION ALL
       SELECT 'attendance', count(*) FROM attendance a JOIN training_event e ON e.id = a.event_id
        WHERE e.start_date > '${DEMO_TODAY}'`,
    );
    expect(later).toEqual({ submissions: 0, attendance: 0 });
    const [{ futureEvents }] = (await db.query(
      `SELECT count(*)::int AS "futureEvents" FROM training_event WHERE start_date > '${DEMO_TODAY}'`,
    )) as { futureEvents: number }[];
    expect(futureEvents).toBeGreaterThan(0);
    const cycles = (await db.query(`SELECT name, status, deadline FROM cycle ORDER BY period_start`)) as {
      name: string;
      status: string;
      deadline: Date;
    }[];
    expect(cycles.map((c) => [c.name, c.status])).toEqual([
      ['2024', 'published'],
      ['2025', 'published'],
      ['2026', 'open'],
    ]);
    expect(cycles[2].deadline.toISOString()).toBe('2026-12-20T20:29:59.999Z');
  });

  it('shows no change since review that nobody made', async () => {
    const [open] = (await db.query(`SELECT id FROM cycle WHERE status = 'open'`)) as { id: string }[];
    const session = await signIn(testApp, 'evaluator', DEMO_PASSWORD);
    const queue = itemsOf<ReviewQueueItem>(
      await testApp.request({
        method: 'GET',
        url: `/api/cycles/${open.id}/review-queue?limit=500`,
        headers: { cookie: session.cookie },
      }),
    );
    const reviewed = queue.filter((item) => item.status === 'approved' || item.status === 'returned');
    expect(reviewed.length).toBeGreaterThan(0);
    expect(reviewed.map((item) => item.changedSinceReview)).toEqual(reviewed.map(() => 0));
  });

  it('gives every role a demo account that signs in with the documented password', async () => {
    expect(new Set(loaded?.map((a) => a.role))).toEqual(
      new Set([
        'admin',
        'director',
        'evaluator',
        'viewer',
        'agency_editor',
        'committee_member',
        'juror',
        'journalist',
      ]),
    );
    for (const account of loaded ?? [])
      await expect(signIn(testApp, account.login, DEMO_PASSWORD)).resolves.toBeTruthy();
    // Every demo account, listed or not, has an example address, so the demo's email can be tried for real.
    const addresses = (await db.query(`SELECT login, email FROM app_user ORDER BY login`)) as {
      login: string;
      email: string | null;
    }[];
    expect(addresses.filter((a) => a.email !== `${a.login}.south-khorasan@example.org`)).toEqual([]);
  });

  it('shows an anonymous visitor a ranking of every agency, with movement since the year before', async () => {
    const [latest] = (await db.query(
      `SELECT id FROM cycle WHERE status = 'published' ORDER BY period_start DESC LIMIT 1`,
    )) as { id: string }[];
    const response = await testApp.request({ method: 'GET', url: `/api/cycles/${latest.id}/ranking` });
    expect(response.statusCode).toBe(200);
    const ranking = response.json<RankingResponse>();
    expect(ranking.rows.length).toBeGreaterThanOrEqual(35);
    expect(ranking.rows.some((row) => row.movement !== null && row.movement !== 0)).toBe(true);
    expect(ranking.peerGroups.map((group) => group.code)).toHaveLength(5);
    expect(ranking.peerGroups.find((group) => group.code === 'health')?.name.fa).toBe('بهداشت و درمان');
  });

  it('tells a reader how each scorecard value is measured, with the per-staff divisor as published', async () => {
    const [latest] = (await db.query(
      `SELECT id FROM cycle WHERE status = 'published' ORDER BY period_start DESC LIMIT 1`,
    )) as { id: string }[];
    const [agency] = (await db.query(
      `SELECT id, (attributes->>'prStaff')::float8 AS staff FROM agency ORDER BY code LIMIT 1`,
    )) as { id: string; staff: number }[];
    const card = async () =>
      (
        await testApp.request({ method: 'GET', url: `/api/cycles/${latest.id}/scorecards/${agency.id}` })
      ).json() as ScorecardResponse;
    const values = (await card()).values;
    expect(values.find((v) => v.indicator === 'media.responseHours')).toMatchObject({
      type: 'number',
      direction: 'lower',
      per: null,
    });
    expect(values.filter((v) => v.type === 'boolean').length).toBeGreaterThan(0);
    const perStaff = values.filter((v) => v.per !== null && v.value !== null);
    expect(perStaff.length).toBeGreaterThan(0);
    for (const v of perStaff)
      expect(v.per).toEqual({
        attribute: 'prStaff',
        amount: agency.staff,
        scored: (v.value ?? 0) / agency.staff,
      });
    // A later change of staff does not rewrite what was published.
    await db.query(`UPDATE agency SET attributes = '{"prStaff": 99}' WHERE id = $1`, [agency.id]);
    const after = (await card()).values.find((v) => v.indicator === perStaff[0].indicator);
    expect(after?.per?.amount).toBe(agency.staff);
    await db.query(`UPDATE agency SET attributes = jsonb_build_object('prStaff', $2::float8) WHERE id = $1`, [
      agency.id,
      agency.staff,
    ]);
  });

  it('has five committees and a year of training whose reports show real figures', async () => {
    expect(await countBy('SELECT kind AS key, count(*) FROM committee GROUP BY kind')).toEqual({
      media_relations: 1,
      welfare_cooperation: 1,
      training: 1,
      opinion_polling: 1,
      performance_evaluation: 1,
    });
    const session = await signIn(testApp, 'committee', DEMO_PASSWORD);
    const reportOf = async (year: number) =>
      (
        await testApp.request({
          method: 'GET',
          url: `/api/training/reports?from=${year}-01-01&to=${year}-12-31`,
          headers: { cookie: session.cookie },
        })
      ).json() as TrainingReport;
    const report = await reportOf(2025);
    expect(report.personHours).toBeGreaterThan(2000);
    expect(report.byTopic.length).toBeGreaterThanOrEqual(6);
    expect(report.byMonth.length).toBe(10);
    expect(report.untrainedAgencies.length).toBe(4);
    // December's events are still to come on the reference day: no register yet.
    expect((await reportOf(2026)).byMonth.length).toBe(9);
    expect(
      (await reportOf(2026)).eventRates.find((e) => e.title === 'Political work in social media'),
    ).toMatchObject({
      attended: 124,
      invited: 150,
      attendanceRate: 82.7,
    });
    const [{ hours }] = (await db.query(
      `SELECT sum((indicator_values->>'training.personHours')::float8) AS hours FROM score_snapshot`,
    )) as { hours: number }[];
    expect(hours).toBeGreaterThan(0);
  });

  describe('contests', () => {
    const demoCaller = async (login: string): Promise<Caller> => {
      const session = await signIn(testApp, login, DEMO_PASSWORD);
      return (options) =>
        testApp.request({
          ...options,
          headers: { ...(options.headers ?? {}), cookie: session.cookie, 'x-xsrf-token': session.csrf },
        });
    };
    const contestOf = async (series: string, year = 2026) => {
      const director = await demoCaller('director');
      const contests = (await director({ method: 'GET', url: '/api/contests' })).json() as ContestView[];
      const found = contests.find((c) => c.series === series && c.year === year);
      if (!found) throw new Error(`no ${series} ${year} contest`);
      return found;
    };
    const resultsOf = async (series: string) =>
      (
        await testApp.request({
          method: 'GET',
          url: `/api/public/contests/${(await contestOf(series)).id}/results`,
        })
      ).json() as ContestResults;

    it('counts 229 applications from 176 people in the social-media contest, up from 85 entered for 2024', async () => {
      const results = await resultsOf('best-smm-specialist');
      expect(results.nominations).toHaveLength(9);
      expect(results.statistics).toMatchObject({ applications: 229, participants: 176 });
      // 25 winning places; a person who won n nominations counts once.
      const distinctWinners = 25 - results.multipleWinners.reduce((n, w) => n + w.wins - 1, 0);
      expect(results.statistics.series).toEqual([
        { year: 2024, source: 'entered', participants: 85, applications: null, winners: null },
        { year: 2026, source: 'held', participants: 176, applications: 229, winners: distinctWinners },
      ]);
      expect(results.statistics.perNomination.reduce((sum, n) => sum + n.applications, 0)).toBe(229);
    });

    it('has 25 social-media winners, one of whom took first place in three nominations', async () => {
      const results = await resultsOf('best-smm-specialist');
      const winners = results.nominations.flatMap((n) => n.rows.filter((r) => r.winner));
      expect(winners).toHaveLength(25);
      expect(results.multipleWinners.filter((w) => w.wins === 3)).toEqual([
        expect.objectContaining({ candidateName: 'Марьям Ганбари', wins: 3 }),
      ]);
      const firsts = results.nominations.filter((n) => n.rows[0]?.candidateName === 'Марьям Ганбари');
      expect(firsts).toHaveLength(3);
    });

    it('gives the best press secretary, chosen by 36 verified journalists among 25, the title and 400,000 KZT', async () => {
      const results = await resultsOf('best-press-secretary');
      expect(results.statistics).toMatchObject({ applications: 25, participants: 25 });
      const [nomination] = results.nominations;
      expect(nomination.nomination).toMatchObject({
        name: expect.objectContaining({ ru: 'Лучший пресс-секретарь 2026 года' }),
        prizeAmount: 400000,
        prizeCurrency: 'KZT',
        scoringMode: 'vote',
      });
      expect(nomination.rows.reduce((sum, r) => sum + r.votes, 0)).toBe(36);
      expect(nomination.rows.filter((r) => r.winner).map((r) => [r.candidateName, r.votes])).toEqual([
        ['Реза Мусави', 9],
      ]);
    });

    it('takes applications for press secretary of the year now, each describing a project', async () => {
      const contest = await contestOf('press-secretary-of-the-year');
      expect(contest.phase).toBe('applications_open');
      const director = await demoCaller('director');
      const applications = itemsOf<{
        projectStart: string | null;
        goal: string | null;
        results: string | null;
      }>(await director({ method: 'GET', url: `/api/contests/${contest.id}/applications` }));
      expect(applications.length).toBeGreaterThanOrEqual(4);
      for (const a of applications) expect([a.projectStart, a.goal, a.results].every(Boolean)).toBe(true);
    });

    it('has a contest in judging and voting where the juror has sheets to score and the journalist may vote', async () => {
      const contest = await contestOf('best-press-service');
      expect([contest.phase, contest.votingOpen]).toEqual(['judging', true]);
      const juror = await demoCaller('juror');
      const tasks = (
        await juror({ method: 'GET', url: `/api/contests/${contest.id}/my-score-sheets` })
      ).json() as JurorTask[];
      expect(tasks.filter((t) => t.scores === null).length).toBeGreaterThan(0);
      expect(tasks.filter((t) => t.scores !== null).length).toBeGreaterThan(0);
      const journalist = await demoCaller('journalist');
      const vote = await journalist({
        method: 'POST',
        url: `/api/nominations/${contest.nominations[1].id}/votes`,
        payload: { applicationId: tasks[0].application.id },
      });
      expect(vote.statusCode).toBe(201);
      const director = await demoCaller('director');
      const anomalies = (
        await director({ method: 'GET', url: `/api/contests/${contest.id}/vote-anomalies` })
      ).json() as { kind: string; votes: number }[];
      expect(anomalies).toEqual([expect.objectContaining({ kind: 'address', votes: 12 })]);
    });
  });

  it('loads nothing the second time', async () => {
    expect(await DemoDataService.of(testApp.app).loadIfEmpty()).toBeNull();
    expect(await countBy('SELECT status AS key, count(*) FROM cycle GROUP BY status')).toEqual({
      published: 2,
      open: 1,
    });
  });
});
