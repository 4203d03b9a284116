import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { JobState, JobView } from '@prgauge/contracts';
import { JobWatch, nextPollDelay } from './job-watch';

const job = (state: JobState, done: number, total: number | null): JobView => ({
  id: 'j1',
  kind: 'agency-scorecards',
  label: '2026',
  regionId: 'r1',
  requestedBy: 'u1',
  state,
  progress: { done, total },
  result: state === 'done' ? { fileName: 'a.pdf', contentType: 'application/pdf', sizeBytes: 3 } : null,
  errorCode: null,
  createdAt: '2026-11-30T10:00:00Z',
  startedAt: null,
  finishedAt: null,
  expiresAt: null,
});

describe('nextPollDelay', () => {
  it('reads about once a second while the job moves, slower while it stands still, slower still while failing', () => {
    expect(nextPollDelay(4000, 'moved')).toBe(1000);
    expect(nextPollDelay(1000, 'still')).toBe(1500);
    expect(nextPollDelay(8000, 'still')).toBe(10_000);
    expect(nextPollDelay(1000, 'failed')).toBe(2000);
    expect(nextPollDelay(20_000, 'failed')).toBe(30_000);
  });
});

describe('JobWatch', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  /** Answers the pending read of the job and lets the watcher's awaits run. */
  const answer = async (body: JobView | 'network') => {
    const request = http.expectOne('/api/jobs/j1');
    if (body === 'network') request.error(new ProgressEvent('error'), { status: 0 });
    else request.flush(body);
    await jest.advanceTimersByTimeAsync(0);
  };

  it('follows a job until it is done, backing off while it stands still or cannot be read', async () => {
    const followed = TestBed.inject(JobWatch).follow('j1');
    await answer(job('running', 12, 40));
    expect(followed.job()?.progress).toEqual({ done: 12, total: 40 });

    await jest.advanceTimersByTimeAsync(999);
    http.expectNone('/api/jobs/j1');
    await jest.advanceTimersByTimeAsync(1);
    await answer(job('running', 12, 40));
    // It stood still: the next read waits 1.5 s.
    await jest.advanceTimersByTimeAsync(1499);
    http.expectNone('/api/jobs/j1');
    await jest.advanceTimersByTimeAsync(1);
    await answer('network');
    expect([followed.unreachable(), followed.job()?.progress.done]).toEqual([true, 12]);

    await jest.advanceTimersByTimeAsync(3000);
    await answer(job('done', 40, 40));
    expect([followed.unreachable(), followed.job()?.state]).toEqual([false, 'done']);
    // Finished: no more reads.
    await jest.advanceTimersByTimeAsync(60_000);
    http.expectNone('/api/jobs/j1');
  });

  it('stops reading when told to', async () => {
    const followed = TestBed.inject(JobWatch).follow('j1');
    await answer(job('queued', 0, null));
    followed.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    http.expectNone('/api/jobs/j1');
  });
});
