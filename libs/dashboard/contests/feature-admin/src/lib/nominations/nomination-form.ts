import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type ContestShape,
  type CreateNominationRequest,
  CRITERION_KINDS,
  LIMITS,
  type Locale,
  MEASURE_NORMALISATIONS,
  MODES_OF_SHAPE,
  type NominationView,
} from '@prgauge/contracts';
import { TieRule } from '@prgauge/dashboard-contests-ui';
import {
  LocaleStore,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { inputValue, LocalizedFields } from '@prgauge/dashboard-shared-ui';

import {
  type CriterionRow,
  emptyNomination,
  nominationFormProblems,
  nominationFormValueOf,
  nominationInputOf,
  type NominationFormValue,
  newCriterionRow,
  TIE_ORDERS,
  tieBreaksOf,
  weightShares,
} from './nomination-form-model';

/**
 * A nomination, new or saved: its name, places, prize, scoring mode, and weighted jury and measured criteria
 * with the shares really used and the juror-disagreement threshold.
 */
@Component({
  selector: 'pr-nomination-form',
  imports: [
    LocalPercentPipe,
    LocalizedFields,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalNumberPipe,
    TieRule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nomination-form.html',
  styleUrl: './nomination-form.scss',
})
export class NominationForm {
  protected readonly inputValue = inputValue;
  protected readonly limits = LIMITS;
  /** The nomination being edited; null adds a new one. A new value resets the form. */
  readonly nomination = input<NominationView | null>(null);
  /** The contest's shape: the scoring modes a nomination may have follow it. */
  readonly shape = input<ContestShape>('combined');
  readonly busy = input(false);
  readonly submitted = output<CreateNominationRequest>();
  readonly cancelled = output<void>();

  private readonly localeStore = inject(LocaleStore);
  protected readonly kinds = CRITERION_KINDS;
  protected readonly normalisations = MEASURE_NORMALISATIONS;
  protected readonly modes = computed(() => MODES_OF_SHAPE[this.shape()]);
  protected readonly tieOrders = TIE_ORDERS;
  protected readonly value = signal<NominationFormValue>(emptyNomination());
  /** The tie-break chain as chosen, shown in words beside the choices. */
  protected readonly tieBreaks = computed(() => tieBreaksOf(this.value()));
  protected readonly tried = signal(false);
  protected readonly problems = computed(() => nominationFormProblems(this.value()));
  protected readonly weights = computed(() => weightShares(this.value().criteria));

  constructor() {
    effect(() => {
      const nomination = this.nomination();
      // Criterion names are edited in the organiser's language; the form resets only when the record changes.
      const locale = untracked(() => this.localeStore.locale());
      const shape = this.shape();
      this.value.set(nomination ? nominationFormValueOf(nomination, locale) : emptyNomination(shape));
      this.tried.set(false);
    });
  }

  protected patch(change: Partial<NominationFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
  }

  protected setName(locale: Locale, text: string): void {
    this.value.update((v) => ({ ...v, name: { ...v.name, [locale]: text } }));
  }

  protected editCriterion(index: number, change: Partial<CriterionRow>): void {
    this.value.update((v) => ({
      ...v,
      criteria: v.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)),
    }));
  }

  protected addCriterion(): void {
    this.value.update((v) => ({ ...v, criteria: [...v.criteria, newCriterionRow()] }));
  }

  protected removeCriterion(index: number): void {
    this.value.update((v) => ({ ...v, criteria: v.criteria.filter((_, i) => i !== index) }));
  }

  protected numberOf(target: EventTarget | null): number | null {
    const value = (target as HTMLInputElement).valueAsNumber;
    return Number.isNaN(value) ? null : value;
  }

  protected invalid(field: string): boolean {
    return this.tried() && (this.problems() as string[]).includes(field);
  }

  protected submit(): void {
    this.tried.set(true);
    if (this.problems().length) return;
    this.submitted.emit(nominationInputOf(this.value(), this.localeStore.locale()));
  }

  /** Clears the form after the page has added the nomination. */
  reset(): void {
    this.value.set(emptyNomination(this.shape()));
    this.tried.set(false);
  }
}
