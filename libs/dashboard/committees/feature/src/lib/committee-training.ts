import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  resource,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { calendarYearOf, type CommitteeView } from '@prgauge/contracts';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { CalendarDayPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import { readRefusal } from '@prgauge/dashboard-shared-data-access';

/**
 * The training a committee organised in a period: person-hours, people trained and attendances, as the training
 * report counts them for the committee's events. The period is the region's current year in its calendar (1405
 * in a Solar Hijri region) until the reader picks other days.
 */
@Component({
  selector: 'pr-committee-training',
  imports: [
    DayField,
    ReadFailed,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalNumberPipe,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './committee-training.html',
  styleUrl: './committee-training.scss',
})
export class CommitteeTraining {
  readonly committee = input.required<CommitteeView>();
  protected readonly inputValue = inputValue;

  private readonly training = inject(TrainingApi);
  private readonly organisation = inject(OrganisationApi);

  protected readonly region = resource({
    params: () => this.committee().regionId,
    loader: async ({ params }) => (await this.organisation.regions()).find((r) => r.id === params) ?? null,
  });
  /** Without the region the period falls back to the Gregorian year in UTC, which the reader must be told. */
  protected readonly regionRefusal = readRefusal(this.region);
  /** The region's current year until the reader picks other days. */
  protected readonly range = linkedSignal(() => {
    const region = this.region.hasValue() ? this.region.value() : undefined;
    return region
      ? calendarYearOf(new Date(), region.timeZone, region.calendar)
      : calendarYearOf(new Date(), 'UTC', 'gregorian');
  });
  protected readonly report = resource({
    params: () =>
      this.region.isLoading() ? undefined : { ...this.range(), committeeId: this.committee().id },
    loader: ({ params }) => this.training.report(params),
  });
  protected readonly reportLink = computed(() => ({ ...this.range(), committee: this.committee().id }));

  protected choose(change: { from?: string; to?: string }): void {
    const next = { ...this.range(), ...change };
    if (next.from && next.to && next.from <= next.to) this.range.set(next);
  }
}
