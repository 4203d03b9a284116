import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LOCALES, type Locale } from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-i18n';

/** One name typed in each of the product's languages, each field in its own direction. */
@Component({
  selector: 'pr-localized-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>{{ legend() | t }}</legend>
      @for (l of locales; track l) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'contestsAdmin.language.' + l | t }}</mat-label>
          <input
            matInput
            [attr.dir]="l === 'fa' ? 'rtl' : 'ltr'"
            [attr.lang]="l"
            [value]="value()[l]"
            (input)="changed.emit({ locale: l, text: $any($event.target).value })"
          />
        </mat-form-field>
      }
      @if (invalid()) {
        <p class="problem" role="alert">{{ 'contestsAdmin.problem.title' | t }}</p>
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      gap: 0 1rem;
      border: 0;
      padding: 0;
      margin: 0 0 0.5rem;
    }
    legend {
      font-weight: 600;
      margin-block-end: 0.5rem;
    }
    .problem {
      grid-column: 1 / -1;
      color: #b3261e;
    }
  `,
})
export class LocalizedFields {
  /** The translation key of the group's caption. */
  readonly legend = input.required<string>();
  readonly value = input.required<Record<Locale, string>>();
  readonly invalid = input(false);
  readonly changed = output<{ locale: Locale; text: string }>();

  protected readonly locales = LOCALES;
}
