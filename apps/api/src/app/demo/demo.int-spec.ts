import type { RankingResponse, TrainingReport } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { signIn } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_PASSWORD, DemoDataService } from './demo-data.service';

interface CountRow {
  key: string;
  count: number;
}

describe('demo region', () => {
  let testApp: TestApp;
  let db: DataSource;
  let loaded: Awaited<ReturnType<DemoDataService['loadIfEmpty']>>;

  const countBy = async (sql: string): Promise<Record<string, number>> =>
    Object.fromEntries(
      ((await db.query(sql)) as CountRow[]).map((row) => [row.key, Number(row.count)] as const),
    );

  beforeAll(async () => {
    testApp = await createTestApp();
    db = testApp.app.get(DataSource);
    loaded = await testApp.app.get(DemoDataService).loadIfEmpty();
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

  it('gives every role a demo account that signs in with the documented password', async () => {
    expect(new Set(loaded?.map((a) => a.role))).toEqual(
      new Set(['admin', 'director', 'evaluator', 'viewer', 'agency_editor', 'committee_member']),
    );
    for (const account of loaded ?? [])
      await expect(signIn(testApp, account.login, DEMO_PASSWORD)).resolves.toBeTruthy();
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

  it('has five committees and a year of training whose reports show real figures', async () => {
    expect(await countBy('SELECT kind AS key, count(*) FROM committee GROUP BY kind')).toEqual({
      media_relations: 1,
      welfare_cooperation: 1,
      training: 1,
      opinion_polling: 1,
      performance_evaluation: 1,
    });
    const session = await signIn(testApp, 'committee', DEMO_PASSWORD);
    const response = await testApp.request({
      method: 'GET',
      url: '/api/training/reports?from=2026-01-01&to=2026-12-31',
      headers: { cookie: session.cookie },
    });
    const report = response.json() as TrainingReport;
    expect(report.personHours).toBeGreaterThan(2000);
    expect(report.byTopic.length).toBeGreaterThanOrEqual(6);
    expect(report.byMonth.length).toBe(10);
    expect(report.untrainedAgencies.length).toBe(4);
    expect(report.eventRates.find((e) => e.title === 'Political work in social media')).toMatchObject({
      attended: 124,
      invited: 150,
      attendanceRate: 82.7,
    });
    const [{ hours }] = (await db.query(
      `SELECT sum((indicator_values->>'training.personHours')::float8) AS hours FROM score_snapshot`,
    )) as { hours: number }[];
    expect(hours).toBeGreaterThan(0);
  });

  it('loads nothing the second time', async () => {
    expect(await testApp.app.get(DemoDataService).loadIfEmpty()).toBeNull();
    expect(await countBy('SELECT status AS key, count(*) FROM cycle GROUP BY status')).toEqual({
      published: 2,
      open: 1,
    });
  });
});
