import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type CreateTrainingEventRequest,
  type Trainer,
  TRAINING_AUDIENCES,
  TRAINING_FORMATS,
  type TrainingEventView,
} from '@prgauge/contracts';

import { LocaleStore, LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { readRefusal, reloadFailed } from '@prgauge/dashboard-shared-data-access';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { readTypedNumber, typedNumberText } from '../shared/typed-number';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { EventFormValue, eventFormProblems, eventInputOf, formValueOf } from './event-form-model';

/** An event's fields and trainers as a manager edits them; the page decides what saving means. */
@Component({
  selector: 'pr-event-form',
  imports: [
    DayField,
    ReadFailed,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-form.html',
  styleUrl: './event-form.scss',
})
export class EventForm {
  protected readonly inputValue = inputValue;
  /** The event as last read; null for a new one. A new value resets the form. */
  readonly event = input<TrainingEventView | null>(null);
  readonly busy = input(false);
  readonly submitted = output<CreateTrainingEventRequest>();

  protected readonly lookups = inject(TrainingLookups);
  /** The topics, committees and programmes offered: an empty choice would read as "there are none". */
  protected readonly lookupsRefusal = readRefusal(
    this.lookups.topics,
    this.lookups.committees,
    this.lookups.programmes,
  );
  protected readonly readLookupsAgain = () =>
    reloadFailed(this.lookups.topics, this.lookups.committees, this.lookups.programmes);
  protected readonly formats = TRAINING_FORMATS;
  protected readonly audiences = TRAINING_AUDIENCES;
  protected readonly value = signal<EventFormValue>(formValueOf());
  protected readonly tried = signal(false);
  protected readonly problems = computed(() => eventFormProblems(this.value()));
  /** Retired topics stay choosable only for the event that already has one. */
  protected readonly topics = computed(() =>
    (this.lookups.topics.hasValue() ? this.lookups.topics.value() : []).filter(
      (t) => t.active || t.id === this.event()?.topicId,
    ),
  );
  private readonly locales = inject(LocaleStore);

  /** Unreadable text counts as empty, which the form then reports as missing. */
  protected numberOrNull(text: string): number | null {
    const value = readTypedNumber(text);
    return value === null || Number.isNaN(value) ? null : value;
  }

  protected numberText(value: number | null): string {
    return typedNumberText(this.locales.locale(), value);
  }

  constructor() {
    effect(() => {
      this.value.set(formValueOf(this.event()));
      this.tried.set(false);
    });
  }

  protected patch(change: Partial<EventFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
  }

  protected editTrainer(index: number, change: Partial<Trainer>): void {
    this.value.update((v) => ({
      ...v,
      trainers: v.trainers.map((t, i) => (i === index ? { ...t, ...change } : t)),
    }));
  }

  protected addTrainer(): void {
    this.value.update((v) => ({ ...v, trainers: [...v.trainers, { name: '', affiliation: '' }] }));
  }

  protected removeTrainer(index: number): void {
    this.value.update((v) => ({ ...v, trainers: v.trainers.filter((_, i) => i !== index) }));
  }

  protected submit(): void {
    this.tried.set(true);
    if (this.problems().length === 0) this.submitted.emit(eventInputOf(this.value()));
  }
}
