import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { PAGE_OFFSET_MAX } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  CalendarDayPipe,
  LocalDigitsPipe,
  LocalizedPipe,
  LocalMomentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { Pager, ReadFailed, windowOf } from '@prgauge/dashboard-shared-ui';
import { SubmissionCounts } from '../shared/submission-counts';

/**
 * The region's cycles, newest first, a page at a time, each with its status, period, deadline and the way to manage
 * it. A national admin sees every region's, each named with its region, or picks one region (`?region=`). The page's
 * first row is kept in the address (`?offset=`).
 */
@Component({
  selector: 'pr-admin-cycles-page',
  imports: [
    ReadFailed,
    LocalDigitsPipe,
    LocalizedPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    Pager,
    RouterLink,
    CalendarDayPipe,
    LocalMomentPipe,
    TranslatePipe,
    SubmissionCounts,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cycles-page.html',
  styleUrl: './cycles-page.scss',
})
export class CyclesPage {
  readonly offset = input<string>();
  readonly region = input<string>();

  private readonly api = inject(CyclesApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** A national admin belongs to no region, and sees every region's cycles unless they pick one. */
  protected readonly national = computed(() => {
    const user = this.session.user();
    return !!user && !user.regionId;
  });
  protected readonly regions = resource({
    params: () => (this.national() ? true : undefined),
    loader: () => this.organisation.regions(),
  });
  /** An empty choice of regions would read as "there are no regions". */
  protected readonly regionsRefusal = readRefusal(this.regions);
  protected readonly regionNames = computed(
    () => new Map((this.regions.hasValue() ? this.regions.value() : []).map((r) => [r.id, r.name] as const)),
  );
  private readonly regionPicked = computed(() => (this.national() ? this.region() || undefined : undefined));

  /** The page's first row from the address, or 0 where a hand-edited address names none the API would take. */
  private readonly firstRow = computed(() => {
    const offset = Number(this.offset());
    return Number.isInteger(offset) && offset > 0 ? Math.min(offset, PAGE_OFFSET_MAX) : 0;
  });
  protected readonly cycles = resource({
    params: () => ({ offset: this.firstRow(), region: this.regionPicked() }),
    loader: ({ params }) => this.api.page({ offset: params.offset }, params.region),
  });
  protected readonly windowOf = windowOf;

  protected pickRegion(region: string): void {
    void this.router.navigate([], {
      queryParams: { region: region || null, offset: null },
      queryParamsHandling: 'merge',
    });
  }

  protected goTo(offset: number): void {
    void this.router.navigate([], { queryParams: { offset: offset || null }, queryParamsHandling: 'merge' });
  }
}
