import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  LIMITS,
  type CreateTrainingProgrammeRequest,
  type LocalizedText,
  type TrainingProgrammeView,
} from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import {
  cleanLocalizedText as cleanName,
  inputValue,
  LocalizedFields,
  withLocaleText,
} from '@prgauge/dashboard-shared-ui';

interface ProgrammeFormValue {
  name: LocalizedText;
  description: string;
  startDate: string;
  endDate: string;
}

const valueOf = (p: TrainingProgrammeView | null): ProgrammeFormValue => ({
  name: { ...(p?.name ?? {}) },
  description: p?.description ?? '',
  startDate: p?.startDate ?? '',
  endDate: p?.endDate ?? '',
});

/** A programme's name in four languages, description and dates; the page decides what saving means. */
@Component({
  selector: 'pr-programme-form',
  imports: [DayField, MatButtonModule, MatFormFieldModule, MatInputModule, LocalizedFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submit()">
      <pr-localized-fields
        labelKey="training.name.in"
        [maxLength]="limits.localizedText.max"
        [legend]="'training.programmes.nameLegend' | t"
        [value]="value().name"
        (changed)="patch({ name: withText(value().name, $event) })"
      />
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
        <mat-label>{{ 'training.programmes.description' | t }}</mat-label>
        <textarea
          matInput
          rows="2"
          [attr.maxlength]="limits.programmeDescription.max"
          [value]="value().description"
          (input)="patch({ description: inputValue($event) })"
        ></textarea>
      </mat-form-field>
      <div class="row">
        <pr-day-field
          [label]="'training.field.startDate' | t"
          [value]="value().startDate"
          [required]="false"
          (changed)="patch({ startDate: $event })"
        />
        <pr-day-field
          [label]="'training.field.endDate' | t"
          [value]="value().endDate"
          [required]="false"
          (changed)="patch({ endDate: $event })"
        />
      </div>
      @if (tried() && problem(); as p) {
        <p class="error" role="alert">{{ 'training.programmes.problem.' + p | t }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()">{{ submitLabel() }}</button>
    </form>
  `,
  styles: `
    form {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }
    pr-localized-fields,
    .wide {
      inline-size: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .error {
      margin: 0;
      color: #b3261e;
    }
  `,
})
export class ProgrammeForm {
  protected readonly inputValue = inputValue;
  protected readonly limits = LIMITS;
  protected readonly withText = withLocaleText;
  /** The programme as last read; null for a new one. A new value resets the form. */
  readonly programme = input<TrainingProgrammeView | null>(null);
  readonly busy = input(false);
  readonly submitLabel = input.required<string>();
  readonly submitted = output<CreateTrainingProgrammeRequest>();

  protected readonly value = signal<ProgrammeFormValue>(valueOf(null));
  protected readonly tried = signal(false);
  protected readonly problem = computed(() => {
    const v = this.value();
    if (!cleanName(v.name)) return 'name';
    if (!v.startDate) return 'startDate';
    if (v.endDate && v.endDate < v.startDate) return 'endDate';
    return null;
  });

  constructor() {
    effect(() => {
      this.value.set(valueOf(this.programme()));
      this.tried.set(false);
    });
  }

  protected patch(change: Partial<ProgrammeFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
  }

  protected submit(): void {
    this.tried.set(true);
    const v = this.value();
    const name = cleanName(v.name);
    if (this.problem() || !name) return;
    this.submitted.emit({
      name,
      description: v.description.trim() || null,
      startDate: v.startDate,
      endDate: v.endDate || null,
    });
  }
}
