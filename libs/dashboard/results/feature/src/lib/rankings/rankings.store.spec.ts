import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CycleView, RankingResponse, RankingRow, SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { RankingsStore } from './rankings.store';

const aCycle = (id: string, status: CycleView['status'], periodEnd: string): CycleView => ({
  id,
  regionId: 'r1',
  name: id,
  periodStart: `${periodEnd.slice(0, 4)}-01-01`,
  periodEnd,
  deadline: periodEnd,
  status,
  publishedAt: null,
  importedHistory: false,
  version: 1,
  timeZone: 'Asia/Almaty',
});

const CYCLES = [
  aCycle('draft-2027', 'draft', '2027-12-31'),
  aCycle('open-2026', 'open', '2026-12-31'),
  aCycle('published-2025', 'published', '2025-12-31'),
  aCycle('archived-2024', 'archived', '2024-12-31'),
];

const aRow = (n: number, peerGroup: string | null = 'ministries'): RankingRow => ({
  agencyId: `a${n}`,
  code: `A${n}`,
  name: { ru: `Агентство ${n}`, kk: '', fa: '', en: `Agency ${n}` },
  peerGroup,
  total: 100 - n,
  rank: n,
  groupRank: n,
  indices: {},
  coverage: 1,
  movement: null,
});

const ranking = (cycleId: string, rows: RankingRow[]): RankingResponse => ({
  cycle: { id: cycleId, name: cycleId, regionId: 'r1', status: 'published', periodStart: '', periodEnd: '' },
  publishedAt: null,
  scale: 100,
  indices: [],
  previousCycleId: null,
  peerGroups: [...new Set(rows.map((r) => r.peerGroup).filter((g) => g !== null))].map((code) => ({
    code,
    name: { en: code },
  })),
  rows,
});

const aUser = (role: SessionUser['role'], agencyId: string | null = null): SessionUser => ({
  id: 'u1',
  login: role,
  displayName: role,
  role,
  regionId: 'r1',
  agencyId,
  locale: 'ru',
  passwordChangeRequired: false,
});

describe('RankingsStore', () => {
  let store: RankingsStore;
  let http: HttpTestingController;

  /** Runs the effects that start a resource's request, then lets its answer land. */
  const settle = async (): Promise<void> => {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };

  const signedInAs = async (user: SessionUser | null): Promise<void> => {
    const refreshing = TestBed.inject(SessionStore).refresh();
    const me = http.expectOne('/api/auth/me');
    if (user) me.flush(user);
    else me.flush(null, { status: 401, statusText: 'Unauthorized' });
    await refreshing;
  };

  /** Answers the cycle list and the ranking the store then asks for. */
  /** Staff read their region's cycles a page at a time; anonymous visitors the published ones whole. */
  const answered = async (cyclesUrl: string, rows: RankingRow[]): Promise<void> => {
    await settle();
    const cycles = http.expectOne((r) => r.url === cyclesUrl);
    cycles.flush(
      cyclesUrl === '/api/cycles'
        ? { items: CYCLES, total: CYCLES.length, totalIsLowerBound: false, limit: 500, offset: 0 }
        : CYCLES,
    );
    await settle();
    const request = http.expectOne((r) => /^\/api\/cycles\/[^/]+\/ranking$/.test(r.url));
    request.flush(ranking(request.request.url.split('/')[3], rows));
    await settle();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), RankingsStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(RankingsStore);
  });

  afterEach(() => http.verify());

  it('shows a visitor the published cycles only, from the public list, starting on the latest', async () => {
    await signedInAs(null);
    await answered('/api/public/cycles', [aRow(1), aRow(2)]);
    expect(store.cycles.value()?.map((c) => c.id)).toEqual(['published-2025', 'archived-2024']);
    expect(store.cycleId()).toBe('published-2025');
    expect(store.shown().map((s) => s.row.agencyId)).toEqual(['a1', 'a2']);
  });

  it("lets region staff see an open cycle's preview, never a draft", async () => {
    await signedInAs(aUser('director'));
    await answered('/api/cycles', []);
    expect(store.cycles.value()?.map((c) => c.id)).toEqual(['open-2026', 'published-2025', 'archived-2024']);
    // The page still starts on the latest published cycle.
    expect(store.cycle()?.id).toBe('published-2025');
  });

  it('moves to a requested cycle it knows, and ignores one it does not', async () => {
    await signedInAs(null);
    await answered('/api/public/cycles', []);
    store.requestedCycle.set('archived-2024');
    await settle();
    http.expectOne('/api/cycles/archived-2024/ranking').flush(ranking('archived-2024', [aRow(3)]));
    await settle();
    expect(store.filtered().map((r) => r.agencyId)).toEqual(['a3']);

    store.requestedCycle.set('draft-2027');
    expect(store.cycleId()).toBe('published-2025');
    await settle();
    http.expectOne('/api/cycles/published-2025/ranking').flush(ranking('published-2025', []));
  });

  it('filters by peer group and by a search in any language of the name', async () => {
    await signedInAs(null);
    await answered('/api/public/cycles', [aRow(1), aRow(2, 'committees'), aRow(3)]);
    store.group.set('ministries');
    expect(store.filtered().map((r) => r.agencyId)).toEqual(['a1', 'a3']);
    store.search.set('Agency 3');
    expect(store.filtered().map((r) => r.agencyId)).toEqual(['a3']);
  });

  it('shows every row for a peer group this cycle does not have, and keeps it out of the workbook', async () => {
    await signedInAs(null);
    await answered('/api/public/cycles', [aRow(1), aRow(2, 'committees')]);
    store.group.set('sport');
    expect([store.activeGroup(), store.filtered().map((r) => r.agencyId)]).toEqual([null, ['a1', 'a2']]);
    store.group.set('committees');
    expect([store.activeGroup(), store.filtered().map((r) => r.agencyId)]).toEqual(['committees', ['a2']]);
  });

  it("starts an agency editor on the top five and their own agency's neighbourhood, until they ask for all", async () => {
    await signedInAs(aUser('agency_editor', 'a12'));
    const rows = Array.from({ length: 20 }, (_, i) => aRow(i + 1));
    await answered('/api/cycles', rows);
    expect(store.nearMineOnly()).toBe(true);
    const shown = store.shown();
    expect(shown.map((s) => s.row.rank)).toEqual([1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15]);
    expect(shown.find((s) => s.gapBefore)?.row.rank).toBe(9);

    store.showAll.set(true);
    expect(store.shown()).toHaveLength(20);
    store.showAll.set(false);
    store.search.set('A1');
    expect(store.nearMineOnly()).toBe(false);
  });
});
