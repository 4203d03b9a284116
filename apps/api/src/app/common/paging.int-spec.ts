import { PAGE_SIZE, PAGE_TOTAL_BOUND, type ContestView, type Page } from '@prgauge/contracts';
import { searchDocument } from '@prgauge/text';
import { DataSource } from 'typeorm';
import { announceContest, fileApplication } from '../../../test/support/contest-fixtures';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { insertEvent } from '../../../test/support/training-fixtures';

/** A listed row: its id, or for the review queue its submission's id. */
interface Row {
  id?: string;
  submissionId?: string;
}

const keyOf = (row: Row): string => row.id ?? row.submissionId ?? '';

/**
 * The page contract on the growing lists: every page names the same total, consecutive pages neither
 * repeat nor skip a row even where the sort key ties, a bad limit or offset is refused with a catalogued field
 * code, paging keeps each caller to the rows they could see before, and past `PAGE_TOTAL_BOUND` rows beyond a
 * page's start the total is named a lower bound.
 */
describe('paged lists', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let ds: DataSource;
  let admin: Caller;
  let director: Caller;
  let editorA: Caller;
  let cycleId: string;
  let contest: ContestView;
  const own: string[] = [];
  let nominationId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    ds = testApp.app.get(DataSource);
    admin = await callerFor(testApp, fx.logins.admin);
    director = await callerFor(testApp, fx.logins.director);
    editorA = await callerFor(testApp, fx.logins.editorA);

    // Agency codes repeat across regions, so the national list ties on its sort key.
    for (const code of ['A', 'B', 'C'])
      await ds.query(
        `INSERT INTO agency (region_id, code, name, name_search, attributes, active)
         VALUES ($1, $2, $3, $4, '{}', true)`,
        [fx.otherRegion.id, code, { en: `South ${code}` }, searchDocument([code, `South ${code}`])],
      );

    // Five events on one day with one title: the whole sort key ties.
    for (let i = 0; i < 5; i++)
      await insertEvent(testApp, {
        regionId: fx.region.id,
        topic: 'media_law',
        startDate: '2026-03-10',
        plannedHours: 4,
        title: 'Same seminar',
      });

    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: '2026',
      status: 'open',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    cycleId = cycle.id;
    for (const agency of [fx.agencies.a, fx.agencies.b, fx.agencies.c])
      await insertSubmission(testApp, cycleId, agency.id, 'submitted', {});

    contest = await announceContest(director, { title: { en: 'Paging award' }, series: 'paging-award' });
    await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: { name: { en: 'Best page' }, scoringMode: 'vote' },
    });
    nominationId = (
      (await director({ method: 'GET', url: `/api/contests/${contest.id}` })).json() as ContestView
    ).nominations[0].id;
    for (const name of ['Dana', 'Erlan', 'Farida'])
      await fileApplication(director, contest.id, name, 'Akimat', [nominationId]);
    for (const name of ['Aigerim', 'Bolat'])
      own.push(await fileApplication(editorA, contest.id, name, 'Agency A', [nominationId]));
    // A stretch of the trail written in one instant.
    for (let i = 0; i < 5; i++)
      await ds.query(
        `INSERT INTO audit_entry (at, user_login, region_id, action, entity, changes)
         VALUES ('2026-03-01T09:00:00Z', 'system', $1, 'paging.test', 'test', '[]')`,
        [fx.region.id],
      );
    // Every application filed at one moment: only the id tells them apart.
    await ds.query(`UPDATE contest_application SET filed_at = '2026-03-01T09:00:00Z' WHERE contest_id = $1`, [
      contest.id,
    ]);
  }, 120_000);
  afterAll(() => testApp.close());

  const page = async <T = Row>(caller: Caller, url: string): Promise<Page<T>> => {
    const response = await caller({ method: 'GET', url });
    expect([url, response.statusCode]).toEqual([url, 200]);
    return response.json() as Page<T>;
  };

  const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

  /** Every page of `url` at `limit` rows, checking that each names the same total and echoes its window. */
  const walk = async (
    caller: Caller,
    url: string,
    limit: number,
  ): Promise<{ ids: string[]; total: number }> => {
    const ids: string[] = [];
    const totals = new Set<number>();
    for (let offset = 0; offset === 0 || offset < Math.max(...totals); offset += limit) {
      const { items, total, ...window } = await page(
        caller,
        withQuery(url, `limit=${limit}&offset=${offset}`),
      );
      expect(window).toEqual({ limit, offset, totalIsLowerBound: false });
      expect(items.length).toBeLessThanOrEqual(limit);
      ids.push(...items.map(keyOf));
      totals.add(total);
    }
    expect(totals.size).toBe(1);
    return { ids, total: [...totals][0] };
  };

  const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

  it('pages the national list of agencies by code then id, the tied codes of two regions included', async () => {
    const agencies: { id: string; code: string }[] = await ds.query('SELECT id, code FROM agency');
    const expected = agencies
      .sort((x, y) => x.code.localeCompare(y.code) || byId(x.id, y.id))
      .map((agency) => agency.id);
    expect(await walk(admin, '/api/agencies', 2)).toEqual({ ids: expected, total: 7 });
    expect((await page(admin, '/api/agencies')).items.map((a) => a.id)).toEqual(expected);
  });

  it('counts only what the filters keep', async () => {
    const found = await page<{ code: string }>(admin, '/api/agencies?search=south&limit=1');
    expect([found.total, found.items.map((a) => a.code)]).toEqual([3, ['A']]);
    const north = await page<{ code: string }>(director, '/api/agencies?limit=2&offset=2');
    expect([north.total, north.items.map((a) => a.code)]).toEqual([3, ['C']]);
  });

  it('pages events that share their day and title without repeating or skipping one', async () => {
    const events = await ds.query<{ id: string }[]>(
      `SELECT id FROM training_event WHERE region_id = $1 ORDER BY start_date DESC, title, id`,
      [fx.region.id],
    );
    const expected = events.map((e) => e.id);
    expect(expected).toHaveLength(5);
    expect([...expected].sort(byId)).toEqual(expected);
    expect(await walk(director, '/api/training/events', 2)).toEqual({ ids: expected, total: 5 });
  });

  it('pages applications filed at one moment by id, and an editor sees only their own', async () => {
    const all = await walk(director, `/api/contests/${contest.id}/applications`, 2);
    expect(all.total).toBe(5);
    expect(all.ids).toEqual([...all.ids].sort(byId));
    const mine = await walk(editorA, `/api/contests/${contest.id}/applications`, 1);
    expect(mine).toEqual({ ids: [...own].sort(byId), total: 2 });
    const url = `/api/contests/${contest.id}/applications`;
    expect((await page(director, `${url}?nominationId=${nominationId}&limit=1`)).total).toBe(5);
    expect((await page(director, `${url}?screening=pending`)).total).toBe(5);
    expect((await page(director, `${url}?screening=rejected`)).total).toBe(0);
  });

  it('pages accounts, the review queue, every region’s cycles and the audit trail', async () => {
    const accounts = await ds.query<{ id: string }[]>(`SELECT id FROM app_user ORDER BY login`);
    expect(await walk(admin, '/api/users', 3)).toEqual({ ids: accounts.map((a) => a.id), total: 7 });

    const submissions = await ds.query<{ id: string }[]>(
      `SELECT s.id FROM submission s JOIN agency a ON a.id = s.agency_id WHERE s.cycle_id = $1 ORDER BY a.code`,
      [cycleId],
    );
    expect(await walk(director, `/api/cycles/${cycleId}/review-queue`, 1)).toEqual({
      ids: submissions.map((s) => s.id),
      total: 3,
    });

    const cycles = await ds.query<{ id: string }[]>(`SELECT id FROM cycle ORDER BY period_end DESC, id DESC`);
    expect(await walk(admin, '/api/cycles', 1)).toEqual({
      ids: cycles.map((c) => c.id),
      total: cycles.length,
    });

    const entries: { id: string }[] = await ds.query(
      `SELECT id FROM audit_entry WHERE action = 'paging.test' ORDER BY id DESC`,
    );
    expect(await walk(director, '/api/audit?action=paging.test', 2)).toEqual({
      ids: entries.map((e) => e.id),
      total: 5,
    });
  });

  it('answers the default window when the query names none', async () => {
    const { limit, offset } = await page(director, '/api/training/events');
    expect({ limit, offset }).toEqual({ limit: PAGE_SIZE.default, offset: 0 });
  });

  it.each([
    ['limit=0', 'limit', 'field.too_small'],
    [`limit=${PAGE_SIZE.max + 1}`, 'limit', 'field.too_large'],
    ['limit=ten', 'limit', 'field.type'],
    ['offset=-1', 'offset', 'field.too_small'],
    ['offset=1.5', 'offset', 'field.type'],
  ])('refuses %s on every paged list with a catalogued field code', async (query, field, code) => {
    const urls = [
      '/api/agencies',
      '/api/users',
      '/api/cycles',
      `/api/cycles/${cycleId}/review-queue`,
      `/api/contests/${contest.id}/applications`,
      '/api/training/events',
      '/api/audit',
    ];
    for (const url of urls) {
      const response = await director({ method: 'GET', url: withQuery(url, query) });
      const body = response.json() as { code: string; details: { field: string; code: string }[] };
      expect([url, response.statusCode, body.code, body.details.map((d) => [d.field, d.code])]).toEqual([
        url,
        400,
        'request.invalid',
        [[field, code]],
      ]);
    }
  });

  it("answers 404 naming the region when anyone but an admin asks a list for another region's rows", async () => {
    const urls = ['/api/agencies', '/api/users', '/api/cycles', '/api/training/events', '/api/audit'];
    for (const url of urls) {
      const foreign = await director({ method: 'GET', url: withQuery(url, `regionId=${fx.otherRegion.id}`) });
      expect([url, foreign.statusCode, foreign.json()]).toMatchObject([
        url,
        404,
        { code: 'record.not_found', params: { record: 'region' } },
      ]);
      const own = await director({ method: 'GET', url: withQuery(url, `regionId=${fx.region.id}`) });
      expect([url, own.statusCode]).toEqual([url, 200]);
    }
  });

  it('counts exactly up to the bound past the page and names a lower bound beyond it', async () => {
    const past = PAGE_TOTAL_BOUND + 200;
    await ds.query(
      `INSERT INTO audit_entry (at, user_login, region_id, action, entity, changes)
       SELECT '2026-03-02T09:00:00Z', 'system', $1, 'paging.bound', 'test', '[]' FROM generate_series(1, $2)`,
      [fx.otherRegion.id, past],
    );
    await ds.query(
      `INSERT INTO agency (region_id, code, name, name_search, attributes, active)
       SELECT $1, 'Z' || lpad(n::text, 5, '0'), '{"en": "Bound"}', 'bound', '{}', true FROM generate_series(1, $2) n`,
      [fx.otherRegion.id, past],
    );
    const agencies = past + 7;
    const totalOf = async (url: string) => {
      const { total, totalIsLowerBound, items } = await page(admin, url);
      return { total, totalIsLowerBound, shown: items.length };
    };

    expect(await totalOf('/api/audit?action=paging.bound')).toEqual({
      total: PAGE_TOTAL_BOUND,
      totalIsLowerBound: true,
      shown: PAGE_SIZE.default,
    });
    expect(await totalOf(`/api/audit?action=paging.bound&offset=150&limit=100`)).toEqual({
      total: 150 + PAGE_TOTAL_BOUND,
      totalIsLowerBound: true,
      shown: 100,
    });
    expect(await totalOf(`/api/audit?action=paging.bound&offset=200&limit=100`)).toEqual({
      total: past,
      totalIsLowerBound: false,
      shown: 100,
    });
    expect(await totalOf(`/api/agencies?limit=${PAGE_SIZE.max}`)).toEqual({
      total: PAGE_TOTAL_BOUND,
      totalIsLowerBound: true,
      shown: PAGE_SIZE.max,
    });
    expect(await totalOf(`/api/agencies?limit=${PAGE_SIZE.max}&offset=${PAGE_SIZE.max}`)).toEqual({
      total: agencies,
      totalIsLowerBound: false,
      shown: PAGE_SIZE.max,
    });
    // A filter below the bound still counts exactly, however long the unfiltered list.
    expect(await totalOf('/api/agencies?search=south')).toEqual({
      total: 3,
      totalIsLowerBound: false,
      shown: 3,
    });
  });
});
