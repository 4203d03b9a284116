import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { readRefusal } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import {
  LocalDigitsPipe,
  LocalizedPipe,
  LocalMomentPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { boardOrder, stateShares } from './completeness-model';
import { cycleToReview, REVIEWABLE } from './cycle-to-review';

/** Where every agency stands in the open cycle, against the clock. */
@Component({
  selector: 'pr-completeness-page',
  imports: [
    LocalDigitsPipe,
    LocalPercentPipe,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    LocalMomentPipe,
    LocalizedPipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './completeness-page.html',
  styleUrls: ['./review.scss', './completeness-page.scss'],
})
export class CompletenessPage {
  private readonly api = inject(SubmissionsApi);
  private readonly cyclesApi = inject(CyclesApi);
  protected readonly chosenCycle = signal<string | null>(null);
  protected readonly now = new Date();

  protected readonly cycles = resource({
    loader: async () => (await this.cyclesApi.list()).filter((c) => REVIEWABLE.has(c.status)),
  });
  /** Until a cycle is picked: the nearest deadline with submissions waiting for review, as in the queue. */
  private readonly defaultCycle = resource({
    params: () => (this.cycles.hasValue() ? this.cycles.value() : undefined),
    loader: ({ params }) =>
      cycleToReview(
        params,
        async (id) => (await this.api.completeness(id)).filter((row) => row.state === 'submitted').length,
        this.now,
      ),
  });
  protected readonly cycle = computed(() => {
    const cycles = this.cycles.hasValue() ? this.cycles.value() : [];
    const fallback = this.defaultCycle.hasValue() ? this.defaultCycle.value() : null;
    return cycles.find((c) => c.id === this.chosenCycle()) ?? fallback;
  });
  protected readonly rows = resource({
    params: () => this.cycle()?.id,
    loader: async ({ params }) => boardOrder(await this.api.completeness(params)),
  });
  protected readonly refusal = readRefusal(this.cycles, this.defaultCycle, this.rows);
  protected readonly shares = computed(() => stateShares(this.rows.hasValue() ? this.rows.value() : []));
  protected readonly daysLeft = computed(() => {
    const deadline = this.cycle()?.deadline;
    return deadline ? Math.ceil((new Date(deadline).getTime() - this.now.getTime()) / 86_400_000) : null;
  });
  protected readonly extensions = computed(() =>
    (this.rows.hasValue() ? this.rows.value() : []).filter((r) => r.extensionUntil),
  );
}
