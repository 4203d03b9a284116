import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import type { SubmissionStatus } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { readRefusal } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import {
  LocalDayPipe,
  LocalMomentPipe,
  LocalDigitsPipe,
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { Pager, windowOf } from '@prgauge/dashboard-shared-ui';
import { cycleToReview, REVIEWABLE } from './cycle-to-review';

/**
 * What evaluators work through: each agency's submission with its status, deadline, flags and fresh changes,
 * work first (the API's order), a page at a time.
 */
@Component({
  selector: 'pr-review-queue-page',
  imports: [
    LocalDigitsPipe,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    RouterLink,
    LocalDayPipe,
    LocalMomentPipe,
    LocalizedPipe,
    LocalNumberPipe,
    TranslatePipe,
    Pager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue-page.html',
  styleUrl: './review.scss',
})
export class ReviewQueuePage {
  private readonly api = inject(SubmissionsApi);
  private readonly cyclesApi = inject(CyclesApi);
  protected readonly statuses: SubmissionStatus[] = ['submitted', 'returned', 'draft', 'approved'];
  protected readonly chosenCycle = signal<string | null>(null);
  protected readonly status = signal<SubmissionStatus | ''>('');
  protected readonly flagged = signal(false);

  protected readonly cycles = resource({
    loader: async () => (await this.cyclesApi.list()).filter((c) => REVIEWABLE.has(c.status)),
  });
  /** Until a cycle is picked: the nearest deadline with submissions waiting for review. */
  private readonly defaultCycle = resource({
    params: () => (this.cycles.hasValue() ? this.cycles.value() : undefined),
    loader: ({ params }) =>
      cycleToReview(
        params,
        async (id) => (await this.api.reviewQueue(id, { status: 'submitted' }, { limit: 1 })).total,
        new Date(),
      ),
  });
  protected readonly cycleId = computed(
    () => this.chosenCycle() ?? (this.defaultCycle.hasValue() ? this.defaultCycle.value()?.id : null) ?? null,
  );
  /** The first row of the page on screen; another cycle or filter starts again from the first page. */
  protected readonly offset = linkedSignal({
    source: () => [this.cycleId(), this.status(), this.flagged()] as const,
    computation: () => 0,
  });
  protected readonly queue = resource({
    params: () => {
      const cycle = this.cycleId();
      return cycle
        ? { cycle, status: this.status() || undefined, flagged: this.flagged(), offset: this.offset() }
        : undefined;
    },
    loader: ({ params }) =>
      this.api.reviewQueue(
        params.cycle,
        { status: params.status, flagged: params.flagged },
        { offset: params.offset },
      ),
  });
  /** Without the cycles there is no queue to read: the page says why instead of staying empty. */
  protected readonly cyclesRefusal = readRefusal(this.cycles, this.defaultCycle);
  protected readonly windowOf = windowOf;
}
