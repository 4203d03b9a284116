import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { PAGE_OFFSET_MAX } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import {
  CalendarDayPipe,
  LocalDigitsPipe,
  LocalMomentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { Pager, windowOf } from '@prgauge/dashboard-shared-ui';
import { SubmissionCounts } from '../shared/submission-counts';

/**
 * The region's cycles (a national admin's: every region's), newest first, a page at a time, each with its status,
 * period, deadline and the way to manage it. The page's first row is kept in the address (`?offset=`).
 */
@Component({
  selector: 'pr-admin-cycles-page',
  imports: [
    LocalDigitsPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
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

  private readonly api = inject(CyclesApi);
  private readonly router = inject(Router);

  /** The page's first row from the address, or 0 where a hand-edited address names none the API would take. */
  private readonly firstRow = computed(() => {
    const offset = Number(this.offset());
    return Number.isInteger(offset) && offset > 0 ? Math.min(offset, PAGE_OFFSET_MAX) : 0;
  });
  protected readonly cycles = resource({
    params: () => ({ offset: this.firstRow() }),
    loader: ({ params }) => this.api.page(params),
  });
  protected readonly windowOf = windowOf;

  protected goTo(offset: number): void {
    void this.router.navigate([], { queryParams: { offset: offset || null }, queryParamsHandling: 'merge' });
  }
}
