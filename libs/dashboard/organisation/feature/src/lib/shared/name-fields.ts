import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LOCALES, type Locale } from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import type { NameInputs } from './localized-name';
import { FieldErrors } from './field-errors';

/** Text direction of each language's input, so Persian is typed right to left inside a Russian page too. */
const DIRECTION: Record<Locale, 'rtl' | 'ltr'> = { ru: 'ltr', kk: 'ltr', fa: 'rtl', en: 'ltr' };

/**
 * A name's four inputs, one per language, each labelled "Name (Persian)" and so on, with the whole name's
 * problems under them and each language's refusals under its own input.
 */
@Component({
  selector: 'pr-name-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrors],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="names">
      <legend>{{ legend() }}</legend>
      <div class="grid">
        @for (locale of locales; track locale) {
          <div>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'org.field.nameIn.' + locale | t }}</mat-label>
              <input
                matInput
                [attr.lang]="locale"
                [attr.dir]="direction[locale]"
                [value]="value()[locale]"
                [attr.aria-invalid]="!!(problems() || perLocale()[locale]) || null"
                [attr.aria-describedby]="idPrefix() + '-name-errors'"
                (input)="changed.emit({ locale, text: inputValue($event) })"
              />
            </mat-form-field>
            <pr-org-field-errors
              [id]="idPrefix() + '-' + locale + '-errors'"
              [problems]="perLocale()[locale]"
            />
          </div>
        }
      </div>
      <pr-org-field-errors [id]="idPrefix() + '-name-errors'" [problems]="problems()" />
    </fieldset>
  `,
  styles: `
    .names {
      border: none;
      padding: 0;
      margin: 0;
    }
    legend {
      font-weight: 600;
      margin-block-end: 0.5rem;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.5rem 1rem;
    }
    @media (max-width: 640px) {
      .grid {
        grid-template-columns: 1fr;
      }
    }
    mat-form-field {
      inline-size: 100%;
    }
  `,
})
export class NameFields {
  protected readonly inputValue = inputValue;
  readonly legend = input.required<string>();
  readonly value = input.required<NameInputs>();
  /** Problems of the name as a whole (none given, too long). */
  readonly problems = input<string[] | undefined>();
  /** Refusals of one language's text, keyed by language. */
  readonly perLocale = input<Partial<Record<string, string[]>>>({});
  /** Makes the ids of this form's problem lists unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly changed = output<{ locale: Locale; text: string }>();

  protected readonly locales = LOCALES;
  protected readonly direction = DIRECTION;
}
