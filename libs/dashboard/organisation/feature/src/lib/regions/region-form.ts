import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CALENDARS, LOCALES, type IsoWeekday, type Locale, type RegionView } from '@prgauge/contracts';
import { OrganisationAdminApi, WorkingWeekApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocaleStore, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { FieldErrors, inputValue } from '@prgauge/dashboard-shared-ui';
import {
  failureOf,
  serverFieldProblems,
  withoutFields,
  type Failure,
  type FieldProblems,
} from '../shared/field-problems';
import { LocalizedFields } from '@prgauge/dashboard-shared-ui';
import {
  createRegionRequestOf,
  daysOffShown,
  toggledDaysOff,
  knownTimeZones,
  regionFormProblems,
  regionFormValueOf,
  updateRegionRequestOf,
  weekdaysFor,
  type RegionFormValue,
} from './region-form-model';

/**
 * Creates a region, or edits one (`region` given): names in four languages, IANA time zone, default language and
 * calendar, and weekly days off. A stale edit shows the region as it is now and keeps what was typed for a second try.
 */
@Component({
  selector: 'pr-region-form',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrors,
    LocalizedFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './region-form.html',
  styleUrl: './region-form.scss',
})
export class RegionForm {
  protected readonly inputValue = inputValue;
  /** The region to edit; null creates one. */
  readonly region = input<RegionView | null>(null);
  readonly saved = output<RegionView>();

  private readonly api = inject(OrganisationAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly workingWeeks = inject(WorkingWeekApi);

  protected readonly zones = knownTimeZones();
  protected readonly locales = LOCALES;
  protected readonly calendars = CALENDARS;
  private readonly locale = inject(LocaleStore);
  protected readonly weekdays = computed(() => weekdaysFor(this.locale.locale()));

  private readonly edited = signal<RegionFormValue | null>(null);
  /** What is typed, or the region as stored until something is. */
  protected readonly value = computed(() => this.edited() ?? regionFormValueOf(this.region()));
  protected readonly isNew = computed(() => this.region() === null);
  /** The weekly days off ticked: for a new region, its national preset's until one is ticked. */
  protected readonly daysOff = computed(() => daysOffShown(this.value()));
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly serverProblems = signal<FieldProblems>({});
  protected readonly failure = signal<Failure | null>(null);
  protected readonly done = signal(false);

  private readonly ownProblems = computed(() => regionFormProblems(this.value(), this.isNew(), this.zones));
  protected readonly problems = computed<FieldProblems>(() => ({
    ...(this.tried() ? this.ownProblems() : {}),
    ...this.serverProblems(),
  }));

  protected patch(change: Partial<RegionFormValue>): void {
    this.edited.set({ ...this.value(), ...change });
    this.done.set(false);
    this.serverProblems.update((p) => withoutFields(p, Object.keys(change)));
  }

  protected toggleDayOff(weekday: IsoWeekday, off: boolean): void {
    this.patch({ daysOff: toggledDaysOff(this.value(), weekday, off) });
  }

  protected setName(locale: Locale, text: string): void {
    this.patch({ name: { ...this.value().name, [locale]: text } });
  }

  protected async save(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.ownProblems()).length) return;
    this.saving.set(true);
    try {
      const region = this.region();
      const saved = region
        ? await this.api.updateRegion(region.id, updateRegionRequestOf(this.value(), region.version))
        : await this.api.createRegion(createRegionRequestOf(this.value()));
      this.edited.set(region ? null : regionFormValueOf(null));
      this.tried.set(false);
      this.done.set(true);
      // Countdowns and date notes read the days off from the working week kept per region.
      this.workingWeeks.forget(saved.id);
      this.saved.emit(saved);
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(serverFieldProblems(problem, this.refusals));
      this.failure.set(failureOf(problem, this.refusals));
    } finally {
      this.saving.set(false);
    }
  }
}
