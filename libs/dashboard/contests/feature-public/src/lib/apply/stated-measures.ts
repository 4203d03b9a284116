import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import type { MeasureAsk } from './stated-measures-model';

/**
 * The figures the chosen nominations measure (subscribers, engagement rate, posts), each in its unit. The
 * organisers verify them before results; only verified figures count.
 */
@Component({
  selector: 'pr-stated-measures',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (asked().length) {
      <fieldset class="measures">
        <legend>{{ 'contests.apply.measures' | t }}</legend>
        <p class="hint">{{ 'contests.apply.measuresHint' | t }}</p>
        @for (a of asked(); track a.key) {
          <mat-form-field appearance="outline">
            <mat-label>{{ a.criterion.name | localized }} · {{ a.nominationName | localized }}</mat-label>
            <input
              matInput
              inputmode="decimal"
              required
              [value]="typed()[a.key] ?? ''"
              (input)="changed.emit({ key: a.key, text: inputValue($event) })"
              [attr.aria-invalid]="!!problems()[a.key]"
            />
            <span matTextSuffix>{{ a.criterion.unit ?? {} | localized }}</span>
            @if (problems()[a.key]; as p) {
              <mat-hint class="field-error">{{ p | t }}</mat-hint>
            }
          </mat-form-field>
        }
        @if (serverProblem(); as p) {
          <p class="field-error" role="alert">{{ p }}</p>
        }
      </fieldset>
    }
  `,
  styles: `
    .measures {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .hint {
      margin-block: 0 0.5rem;
      color: #4a4f58;
    }
    .field-error {
      color: #b3261e;
    }
  `,
})
export class StatedMeasures {
  protected readonly inputValue = inputValue;
  readonly asked = input.required<MeasureAsk[]>();
  /** The figures as typed, by form key. */
  readonly typed = input.required<Partial<Record<string, string>>>();
  /** Text keys of the form's own problems, by form key; empty until the applicant tries to send. */
  readonly problems = input<Partial<Record<string, string>>>({});
  /** What the API said about the figures, already in words. */
  readonly serverProblem = input<string | null>(null);
  readonly changed = output<{ key: string; text: string }>();
}
