import type { AuditEntryView, ContestView, Page, SeriesYearView } from '@prgauge/contracts';
import { contestDates, fieldProblemsOf, refusalOf } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

describe('earlier years of a contest series, entered as figures', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let contest: ContestView;
  const url = (year: string | number) => `/api/contests/${contest.id}/series-history/${year}`;

  const create = async (year: number, status: 'announced' | 'draft') => {
    const r = await director({
      method: 'POST',
      url: '/api/contests',
      payload: {
        title: { ru: `Лучший пресс-секретарь ${year}` },
        organiser: { ru: 'Управление внутренней политики' },
        year,
        series: 'press-secretary',
        status,
        ...contestDates('applications'),
      },
    });
    expect(r.statusCode).toBe(201);
    return r.json() as ContestView;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    await create(2024, 'announced');
    contest = await create(2026, 'draft');
  }, 60_000);
  afterAll(() => testApp.close());

  it('names the field and the problem of each wrong year or figure', async () => {
    const cases: [string | number, object, { field: string; code: string; params?: object }][] = [
      [2026, { participants: 10 }, { field: 'year', code: 'field.too_large', params: { max: 2025 } }],
      [1900, { participants: 10 }, { field: 'year', code: 'field.too_small', params: { min: 1950 } }],
      ['20x1', { participants: 10 }, { field: 'year', code: 'field.format', params: { format: 'YYYY' } }],
      [2021, {}, { field: 'participants', code: 'field.required' }],
      [
        2021,
        { participants: 10, winners: 11 },
        { field: 'winners', code: 'field.too_large', params: { max: 10 } },
      ],
      [
        2024,
        { participants: 10 },
        { field: 'year', code: 'contest.series_year_held', params: { year: 2024 } },
      ],
    ];
    for (const [year, payload, problem] of cases) {
      const r = await director({ method: 'PUT', url: url(year), payload });
      expect([r.statusCode, fieldProblemsOf(r)]).toEqual([400, [problem]]);
    }
    const negative = await director({ method: 'PUT', url: url(2021), payload: { participants: -1 } });
    expect([negative.statusCode, fieldProblemsOf(negative).map((p) => [p.field, p.code])]).toEqual([
      400,
      [['participants', 'field.too_small']],
    ]);
  });

  it('keeps a changed year by version, refuses a stale one with the figures as they stand, and audits both', async () => {
    const first = await director({
      method: 'PUT',
      url: url(2021),
      payload: { participants: 85, winners: 20 },
    });
    expect(first.statusCode).toBe(200);
    const changed = await director({
      method: 'PUT',
      url: url(2021),
      payload: { applications: 97, version: 1 },
    });
    expect(changed.json()).toEqual({
      series: 'press-secretary',
      year: 2021,
      participants: 85,
      applications: 97,
      winners: 20,
      version: 2,
    } satisfies SeriesYearView);
    const stale = await director({
      method: 'PUT',
      url: url(2021),
      payload: { participants: 90, version: 1 },
    });
    expect(refusalOf(stale)[1]).toBe('record.stale_version');
    expect((stale.json() as { current: SeriesYearView }).current.participants).toBe(85);
    const unversioned = await director({ method: 'PUT', url: url(2021), payload: { participants: 90 } });
    expect(unversioned.statusCode).toBe(409);
    const audit = await director({ method: 'GET', url: `/api/audit?action=contest.series_year.set` });
    const actions = (audit.json() as Page<AuditEntryView>).items.map((e) => e.action);
    expect(actions.filter((a) => a === 'contest.series_year.set')).toHaveLength(2);
  });

  it('lists the series years to organisers only, and removes one', async () => {
    const list = await director({ method: 'GET', url: `/api/contests/${contest.id}/series-history` });
    expect((list.json() as SeriesYearView[]).map((y) => [y.year, y.participants])).toEqual([[2021, 85]]);
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    for (const request of [
      { method: 'GET' as const, url: `/api/contests/${contest.id}/series-history` },
      { method: 'PUT' as const, url: url(2020), payload: { participants: 1 } },
      { method: 'DELETE' as const, url: url(2021) },
    ])
      expect(refusalOf(await foreign(request))).toEqual([404, 'record.not_found', { record: 'contest' }]);
    expect((await director({ method: 'DELETE', url: url(2021) })).statusCode).toBe(204);
    const after = await director({ method: 'GET', url: `/api/contests/${contest.id}/series-history` });
    expect(after.json()).toEqual([]);
  });
});
