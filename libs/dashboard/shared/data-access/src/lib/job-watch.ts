import { DestroyRef, inject, Injectable, signal, type Signal } from '@angular/core';
import type { JobView } from '@prgauge/contracts';
import { JobsApi } from './jobs.api';

/** The first wait between two reads of a job, in ms: about once a second while it moves. */
export const POLL_FIRST_MS = 1000;
/** The longest wait while a job stands still. */
export const POLL_IDLE_MAX_MS = 10_000;
/** The longest wait while the server cannot be reached. */
export const POLL_FAILING_MAX_MS = 30_000;

/**
 * The wait before the next read: back to once a second when the job moved; half as long again each time it stood
 * still (up to 10 s); doubling while reads fail (up to 30 s), so a server in trouble is not hammered.
 */
export function nextPollDelay(previousMs: number, outcome: 'moved' | 'still' | 'failed'): number {
  switch (outcome) {
    case 'moved':
      return POLL_FIRST_MS;
    case 'still':
      return Math.min(Math.round(previousMs * 1.5), POLL_IDLE_MAX_MS);
    case 'failed':
      return Math.min(previousMs * 2, POLL_FAILING_MAX_MS);
  }
}

/** A job being followed: its last known state, whether the last read failed, and a way to stop following. */
export interface FollowedJob {
  job: Signal<JobView | null>;
  /** True while reads fail (the server cannot be reached, or refused): the last known state is shown. */
  unreachable: Signal<boolean>;
  stop(): void;
}

const finished = (job: JobView | null) => job?.state === 'done' || job?.state === 'failed';
const stamp = (job: JobView) => `${job.state} ${job.progress.done}/${job.progress.total}`;

/**
 * Follows background jobs by polling `GET /api/jobs/:id` until they finish, one loop per job, each read waiting
 * for the one before. Pair it with `JobProgress` (shared ui):
 * `followed = inject(JobWatch).follow(id)` then `<pr-job-progress [job]="followed.job()" />`.
 */
@Injectable({ providedIn: 'root' })
export class JobWatch {
  private readonly api = inject(JobsApi);

  /** Starts following `jobId`; it stops by itself once the job finishes, or when `destroyRef` (if given) ends. */
  follow(jobId: string, destroyRef?: DestroyRef): FollowedJob {
    const job = signal<JobView | null>(null);
    const unreachable = signal(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let delay = POLL_FIRST_MS;
    const read = async () => {
      const before = job();
      try {
        const now = await this.api.get(jobId);
        if (stopped) return;
        job.set(now);
        unreachable.set(false);
        delay = nextPollDelay(delay, before && stamp(before) === stamp(now) ? 'still' : 'moved');
      } catch {
        if (stopped) return;
        unreachable.set(true);
        delay = nextPollDelay(delay, 'failed');
      }
      if (!finished(job())) timer = setTimeout(() => void read(), delay);
    };
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
    };
    destroyRef?.onDestroy(stop);
    void read();
    return { job: job.asReadonly(), unreachable: unreachable.asReadonly(), stop };
  }
}
