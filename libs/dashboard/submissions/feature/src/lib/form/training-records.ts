import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import {
  CalendarDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';

/**
 * The attendance rows a computed training value counts, opened beside the value so the agency can check it:
 * read only when asked for, since most people never open it.
 */
@Component({
  selector: 'pr-training-records',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    CalendarDayPipe,
    LocalizedPipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './training-records.html',
  styleUrl: './training-records.scss',
})
export class TrainingRecords {
  readonly submissionId = input.required<string>();
  readonly indicator = input.required<string>();
  /** The indicator's name, to label the list. */
  readonly name = input.required<string>();

  private readonly api = inject(SubmissionsApi);
  protected readonly open = signal(false);
  protected readonly panelId = computed(() => `records-${this.indicator().replace(/[^a-z0-9]/gi, '-')}`);

  protected readonly records = resource({
    params: () => (this.open() ? { id: this.submissionId(), indicator: this.indicator() } : undefined),
    loader: ({ params }) => this.api.trainingRecords(params.id, params.indicator),
  });

  protected toggle(): void {
    this.open.update((open) => !open);
  }
}
