import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { JobState, JobView, Page } from '@prgauge/contracts';
import { JobsPageStore } from './jobs-page.store';

const job = (id: string, state: JobState, done: number, total: number | null): JobView => ({
  id,
  kind: 'value-import',
  label: null,
  regionId: 'r1',
  requestedBy: 'u1',
  state,
  progress: { done, total },
  result: state === 'done' ? { fileName: `${id}.xlsx`, contentType: 'text/csv', sizeBytes: 3 } : null,
  errorCode: null,
  createdAt: '2026-11-30T10:00:00Z',
  startedAt: null,
  finishedAt: null,
  expiresAt: null,
});

const page = (items: JobView[]): Page<JobView> => ({
  items,
  total: items.length,
  totalIsLowerBound: false,
  limit: 20,
  offset: 0,
});

describe('JobsPageStore', () => {
  let http: HttpTestingController;
  let store: JobsPageStore;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), JobsPageStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(JobsPageStore);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('lists the jobs and follows only the unfinished ones until they finish', async () => {
    const loading = store.load();
    http
      .expectOne('/api/jobs?limit=20&offset=0')
      .flush(page([job('a', 'running', 3, 10), job('b', 'done', 5, 5)]));
    await loading;
    http.expectOne('/api/jobs/a').flush(job('a', 'running', 7, 10));
    await jest.advanceTimersByTimeAsync(0);
    http.expectNone('/api/jobs/b');

    const [a, b] = store.rows() ?? [];
    expect([a.followed?.job()?.progress.done, b.followed]).toEqual([7, null]);
    expect(store.window()).toEqual({ total: 2, totalIsLowerBound: false, limit: 20, offset: 0, shown: 2 });

    await jest.advanceTimersByTimeAsync(1000);
    http.expectOne('/api/jobs/a').flush(job('a', 'done', 10, 10));
    await jest.advanceTimersByTimeAsync(0);
    expect(a.followed?.job()?.result?.fileName).toBe('a.xlsx');
    await jest.advanceTimersByTimeAsync(60_000);
    http.expectNone('/api/jobs/a');
  });

  it('says so when the list cannot be loaded', async () => {
    const loading = store.load();
    http.expectOne('/api/jobs?limit=20&offset=0').flush({}, { status: 503, statusText: 'Unavailable' });
    await loading;
    expect([store.loadFailed(), store.rows()]).toEqual([true, null]);
  });
});
