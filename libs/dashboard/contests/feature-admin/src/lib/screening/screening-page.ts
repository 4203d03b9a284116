import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { SCREENING_STATUSES, type ApplicationView, type ScreeningStatus } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { LocalDayPipe, LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { Pager, windowOf } from '@prgauge/dashboard-shared-ui';
import { ContestHeader } from '../shared/contest-header';
import { ApplicationDetails } from './application-details';

const isStatus = (value: string | undefined): value is ScreeningStatus =>
  (SCREENING_STATUSES as readonly string[]).includes(value ?? '');

/**
 * Applications searched by candidate, organisation or project and filtered by nomination and screening state, a
 * page at a time, each opened to accept or reject it. The API matches the search as people type it.
 */
@Component({
  selector: 'pr-screening-page',
  imports: [
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ContestHeader,
    ApplicationDetails,
    TranslatePipe,
    LocalizedPipe,
    LocalDayPipe,
    Pager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './screening-page.html',
  styleUrl: './screening-page.scss',
})
export class ScreeningPage {
  readonly contestId = input.required<string>();
  /** `?nomination=` and `?state=` in the address, so a filtered queue can be shared. */
  readonly nomination = input<string>();
  readonly state = input<string>();
  /** `?search=`: part of the candidate's name or organisation or of the project's title. */
  readonly search = input<string>();
  /** The first application of the page on screen. */
  readonly offset = input<string>();

  private readonly api = inject(ContestsAdminApi);
  private readonly router = inject(Router);
  protected readonly statuses = SCREENING_STATUSES;
  protected readonly openId = signal<string | null>(null);

  protected readonly contest = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.contest(params),
  });
  protected readonly stateFilter = computed(() => {
    const state = this.state();
    return isStatus(state) ? state : null;
  });
  protected readonly searchText = computed(() => this.search()?.trim().slice(0, 100) || null);
  protected readonly applications = resource({
    params: () => ({
      contestId: this.contestId(),
      nominationId: this.nomination() || undefined,
      screening: this.stateFilter() ?? undefined,
      search: this.searchText() ?? undefined,
      offset: Math.max(0, Number(this.offset()) || 0),
    }),
    loader: ({ params }) =>
      this.api.applications(
        params.contestId,
        { nominationId: params.nominationId, screening: params.screening, search: params.search },
        { offset: params.offset },
      ),
  });
  protected readonly windowOf = windowOf;

  /** The page's applications that still match the filters: one just screened out of the state shown leaves. */
  protected readonly shown = computed(() => {
    const nomination = this.nomination() || null;
    const state = this.stateFilter();
    return (this.applications.hasValue() ? this.applications.value().items : []).filter(
      (a) => (!nomination || a.nominationIds.includes(nomination)) && (!state || a.screening === state),
    );
  });
  protected readonly opened = computed(
    () =>
      (this.applications.hasValue() ? this.applications.value().items : []).find(
        (a) => a.id === this.openId(),
      ) ?? null,
  );

  protected nominationName(id: string) {
    const contest = this.contest.hasValue() ? this.contest.value() : undefined;
    return contest?.nominations.find((n) => n.id === id)?.name ?? {};
  }

  /** A new filter starts again from the first page. */
  protected choose(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: { ...params, offset: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected goTo(offset: number): void {
    void this.router.navigate([], { queryParams: { offset: offset || null }, queryParamsHandling: 'merge' });
  }

  protected toggle(id: string): void {
    this.openId.update((current) => (current === id ? null : id));
  }

  protected replace(updated: ApplicationView): void {
    this.applications.update(
      (page) => page && { ...page, items: page.items.map((a) => (a.id === updated.id ? updated : a)) },
    );
  }
}
