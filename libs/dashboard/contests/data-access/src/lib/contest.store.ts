import { computed, inject, Injectable, resource, signal } from '@angular/core';
import type { ContestView } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { ContestsApi } from './contests.api';

/**
 * The contest open on screen, shared by its page, the application form, the voting page and the score sheets
 * so that moving between them reads it once. Anonymous visitors read announced contests on the public route.
 */
@Injectable()
export class ContestStore {
  private readonly api = inject(ContestsApi);
  private readonly session = inject(SessionStore);
  private readonly id = signal<string | null>(null);

  readonly contest = resource({
    params: () => {
      const id = this.id();
      return id && this.session.ready() ? { id, signedIn: this.session.signedIn() } : undefined;
    },
    loader: ({ params }): Promise<ContestView> =>
      params.signedIn ? this.api.contest(params.id) : this.api.publicContest(params.id),
  });

  /** Whether applications are taken now. */
  readonly applicationsOpen = computed(
    () => this.contest.hasValue() && this.contest.value().phase === 'applications_open',
  );

  /** Shows this contest; the same id keeps what is loaded. */
  select(id: string): void {
    this.id.set(id);
  }

  reload(): void {
    this.contest.reload();
  }
}
