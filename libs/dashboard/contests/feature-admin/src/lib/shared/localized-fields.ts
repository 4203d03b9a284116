import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LOCALES, type Locale } from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * One text typed in each of the product's languages, each field in its own direction: a name on one line, or
 * a long text (`multiline`) in a text area per language, one under the other.
 */
@Component({
  selector: 'pr-localized-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset [class.multiline]="multiline()">
      <legend>{{ legend() | t }}</legend>
      @for (l of locales; track l) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'contestsAdmin.language.' + l | t }}</mat-label>
          @if (multiline()) {
            <textarea
              #field
              matInput
              rows="4"
              [attr.dir]="l === 'fa' ? 'rtl' : 'ltr'"
              [attr.lang]="l"
              [attr.maxlength]="maxLength()"
              [value]="value()[l]"
              (input)="changed.emit({ locale: l, text: field.value })"
            ></textarea>
          } @else {
            <input
              #field
              matInput
              [attr.dir]="l === 'fa' ? 'rtl' : 'ltr'"
              [attr.lang]="l"
              [attr.maxlength]="maxLength()"
              [value]="value()[l]"
              (input)="changed.emit({ locale: l, text: field.value })"
            />
          }
        </mat-form-field>
      }
      @if (invalid()) {
        <p class="problem" role="alert">{{ problem() | t }}</p>
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
    fieldset.multiline {
      grid-template-columns: 1fr;
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
  /** The translation key of what to correct, shown when `invalid`. */
  readonly problem = input('contestsAdmin.problem.title');
  /** Long text: a text area per language instead of a line. */
  readonly multiline = input(false, { transform: booleanAttribute });
  /** The most characters one language takes (the API's limit), or none. */
  readonly maxLength = input<number | null>(null);
  readonly changed = output<{ locale: Locale; text: string }>();

  protected readonly locales = LOCALES;
}
