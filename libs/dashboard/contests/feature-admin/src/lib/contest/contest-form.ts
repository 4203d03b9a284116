import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  CONTEST_SHAPES,
  type ContestShape,
  type ContestView,
  type CreateContestRequest,
  dayIn,
  LIMITS,
  type Locale,
} from '@prgauge/contracts';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputNumber, inputValue, LocalizedFields, ReadFailed } from '@prgauge/dashboard-shared-ui';

import {
  contestFormProblems,
  contestFormValueOf,
  contestInputOf,
  dateFieldsOf,
  type ContestFormValue,
  type ContestTextField,
  type DateField,
  impliedPhase,
} from './contest-form-model';

/** A contest's fields as an organiser edits them; the page decides what saving means. */
@Component({
  selector: 'pr-contest-form',
  imports: [
    DayField,
    ReadFailed,
    LocalizedFields,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contest-form.html',
  styleUrl: './contest-form.scss',
})
export class ContestForm {
  protected readonly inputNumber = inputNumber;
  protected readonly inputValue = inputValue;
  /** The contest as last read; null for a new one. A new value resets the form. */
  readonly contest = input<ContestView | null>(null);
  readonly busy = input(false);
  readonly submitted = output<CreateContestRequest>();

  private readonly session = inject(SessionStore);
  private readonly organisation = inject(OrganisationApi);
  protected readonly limits = LIMITS;
  protected readonly shapes = CONTEST_SHAPES;
  protected readonly value = signal<ContestFormValue>(contestFormValueOf());
  /** Only the dates of the phases the contest's shape has. */
  protected readonly dateFields = computed(() => dateFieldsOf(this.value().shape));
  protected readonly tried = signal(false);
  /** Someone of no one region (a national admin) names the regions; a director's contest runs in their own. */
  protected readonly choosesRegions = computed(() => this.session.user()?.regionId === null);
  protected readonly regions = resource({
    params: () => (this.choosesRegions() ? true : undefined),
    loader: () => this.organisation.regions(),
  });
  /** An empty choice of regions would read as "there are no regions". */
  protected readonly regionsRefusal = readRefusal(this.regions);
  protected readonly problems = computed(() => contestFormProblems(this.value(), this.choosesRegions()));
  protected readonly phase = computed(() =>
    impliedPhase(
      this.value(),
      dayIn(new Date(), this.contest()?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone),
      this.contest()?.phase === 'results_published',
    ),
  );

  constructor() {
    effect(() => {
      this.value.set(contestFormValueOf(this.contest()));
      this.tried.set(false);
    });
  }

  protected patch(change: Partial<ContestFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
  }

  /** One language of a text kept by language: the title, the organiser or the rules. */
  protected setText(field: ContestTextField, locale: Locale, text: string): void {
    this.value.update((v) => ({ ...v, [field]: { ...v[field], [locale]: text } }));
  }

  protected setShape(shape: ContestShape): void {
    this.patch({ shape, liveCounts: shape === 'jury' ? false : this.value().liveCounts });
  }

  protected setDate(field: DateField, day: string): void {
    this.value.update((v) => ({ ...v, dates: { ...v.dates, [field]: day } }));
  }

  protected invalid(field: string): boolean {
    return this.tried() && (this.problems() as string[]).includes(field);
  }

  protected submit(): void {
    this.tried.set(true);
    if (this.problems().length === 0)
      this.submitted.emit(contestInputOf(this.value(), this.choosesRegions()));
  }
}
