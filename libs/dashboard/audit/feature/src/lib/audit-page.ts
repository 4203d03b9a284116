import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { AuditApi } from '@prgauge/dashboard-audit-data-access';
import { OrganisationPickers } from '@prgauge/dashboard-organisation-data-access';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalDigitsPipe, LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { SearchPicker } from '@prgauge/dashboard-shared-pickers';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { Pager, ReadFailed, windowOf } from '@prgauge/dashboard-shared-ui';
import { auditQueryOf, pinnedBefore } from './audit-filter';
import { AuditActionPipe, ChangeValuePipe, EntityKindPipe, LocalDateTimePipe } from './audit-pipes';
import { isRecordValue } from './change-value';

/**
 * The region's audit trail, filtered by agency, account, cycle and days kept in the address, newest first, a page
 * at a time. Each entry names its agency itself, and the agency and account filters search as one types. Leaving the newest page pins the trail as it stood (`before`), so entries written meanwhile do not
 * shift the pages.
 */
@Component({
  selector: 'pr-audit-page',
  imports: [
    ReadFailed,
    LocalDigitsPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    LocalizedPipe,
    ChangeValuePipe,
    EntityKindPipe,
    AuditActionPipe,
    LocalDateTimePipe,
    Pager,
    DayField,
    SearchPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
})
export class AuditPage {
  readonly agency = input<string>();
  readonly user = input<string>();
  readonly cycle = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly before = input<string>();
  readonly offset = input<string>();

  private readonly api = inject(AuditApi);
  /** An installation has too many agencies and accounts to list: their filters search the server. */
  protected readonly pickers = inject(OrganisationPickers);
  private readonly cyclesApi = inject(CyclesApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly query = computed(() =>
    auditQueryOf({
      agency: this.agency(),
      user: this.user(),
      cycle: this.cycle(),
      from: this.from(),
      to: this.to(),
      before: this.before(),
      offset: this.offset(),
    }),
  );

  protected readonly entries = resource({
    params: () => this.query(),
    loader: ({ params }) => this.api.entries(params),
  });

  private readonly userId = computed(() => this.session.user()?.id);
  protected readonly cycles = resource({
    params: () => this.userId(),
    loader: () => this.cyclesApi.list(),
  });
  /** An empty choice of cycles would read as "the region has no cycles". */
  protected readonly cyclesRefusal = readRefusal(this.cycles);

  protected readonly isRecord = isRecordValue;

  /** Which entries show their before/after, by id; kept while paging back and forth. */
  protected readonly open = signal<ReadonlySet<string>>(new Set());

  protected readonly hasFilters = computed(() => {
    const { agencyId, userId, cycleId, from, to } = this.query();
    return [agencyId, userId, cycleId, from, to].some(Boolean);
  });

  protected readonly windowOf = windowOf;

  protected toggle(id: string): void {
    this.open.update((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  /** A new filter starts again from the newest entries. */
  protected choose(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: { ...params, before: null, offset: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {}, replaceUrl: true });
  }

  /** Another page of the same trail, pinned to what the newest page showed. */
  protected goTo(offset: number): void {
    const before = pinnedBefore(
      this.query().before,
      (this.entries.hasValue() ? this.entries.value() : undefined)?.items[0],
    );
    void this.router.navigate([], {
      queryParams: { offset: offset || null, before: before ?? null },
      queryParamsHandling: 'merge',
    });
  }

  /** Back to the newest entries, including those written since the pages were pinned. */
  protected newest(): void {
    void this.router.navigate([], {
      queryParams: { before: null, offset: null },
      queryParamsHandling: 'merge',
    });
  }
}
