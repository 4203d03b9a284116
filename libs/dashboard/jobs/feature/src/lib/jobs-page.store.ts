import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { JobView } from '@prgauge/contracts';
import { JobsApi, JobWatch, type FollowedJob } from '@prgauge/dashboard-shared-data-access';

/** Rows per page of the jobs list. */
export const JOBS_PAGE_SIZE = 20;

/** One row: the job as listed, and, while it is unfinished, its follower's fresher reading. */
export interface JobRow {
  listed: JobView;
  followed: FollowedJob | null;
}

/**
 * The background jobs page's state: one page of the caller's jobs, newest first, each unfinished one followed
 * until it finishes (`JobWatch`), so its bar moves and its download appears without reloading.
 */
@Injectable()
export class JobsPageStore {
  private readonly api = inject(JobsApi);
  private readonly watch = inject(JobWatch);
  private readonly destroyRef = inject(DestroyRef);
  private followers: FollowedJob[] = [];

  readonly rows = signal<JobRow[] | null>(null);
  private readonly listed = signal({ total: 0, totalIsLowerBound: false, limit: JOBS_PAGE_SIZE, offset: 0 });
  /** The pager's window over the list. */
  readonly window = computed(() => ({ ...this.listed(), shown: this.rows()?.length ?? 0 }));
  readonly loadFailed = signal(false);

  constructor() {
    this.destroyRef.onDestroy(() => this.stopFollowing());
  }

  /** Loads the page starting at `offset`, following its unfinished jobs. */
  async load(offset = 0): Promise<void> {
    try {
      const page = await this.api.list({ limit: JOBS_PAGE_SIZE, offset });
      this.stopFollowing();
      const rows = page.items.map((listed) => ({
        listed,
        followed:
          listed.state === 'queued' || listed.state === 'running' ? this.watch.follow(listed.id) : null,
      }));
      this.followers = rows.flatMap((row) => (row.followed ? [row.followed] : []));
      this.rows.set(rows);
      this.listed.set({
        total: page.total,
        totalIsLowerBound: page.totalIsLowerBound,
        limit: page.limit,
        offset: page.offset,
      });
      this.loadFailed.set(false);
    } catch {
      this.loadFailed.set(true);
    }
  }

  private stopFollowing(): void {
    for (const follower of this.followers) follower.stop();
    this.followers = [];
  }
}
