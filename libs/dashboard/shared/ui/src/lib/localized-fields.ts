import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LOCALES, type Locale, type LocalizedText } from '@prgauge/contracts';
import { LOCALE_INFO, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { FieldErrors } from './field-errors';

/** One language's text as typed: the language and the whole text of its input. */
export interface LocalizedTextChange {
  locale: Locale;
  text: string;
}

let nextId = 0;

/**
 * One text typed in each of the product's languages, each input in its own direction (Persian right to left,
 * inside a Russian page too): a name on one line, or a long text (`multiline`) in a text area per language, one
 * under the other. The whole text's problems show under the group, one language's under its own input.
 */
@Component({
  selector: 'pr-localized-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrors],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset [class.multiline]="multiline()">
      <legend>{{ legend() }}</legend>
      @for (locale of locales; track locale) {
        <div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ labelOf(locale) | t: { language: info[locale].nativeName } }}</mat-label>
            @if (multiline()) {
              <textarea
                #field
                matInput
                rows="4"
                [attr.lang]="locale"
                [attr.dir]="info[locale].dir"
                [attr.maxlength]="maxLength()"
                [value]="value()[locale] ?? ''"
                [attr.aria-invalid]="invalid(locale) || null"
                [attr.aria-describedby]="problems()?.length ? idPrefix() + '-name-errors' : null"
                (input)="changed.emit({ locale, text: field.value })"
              ></textarea>
            } @else {
              <input
                #field
                matInput
                [attr.lang]="locale"
                [attr.dir]="info[locale].dir"
                [attr.maxlength]="maxLength()"
                [value]="value()[locale] ?? ''"
                [attr.aria-invalid]="invalid(locale) || null"
                [attr.aria-describedby]="problems()?.length ? idPrefix() + '-name-errors' : null"
                (input)="changed.emit({ locale, text: field.value })"
              />
            }
          </mat-form-field>
          <pr-field-errors [id]="idPrefix() + '-' + locale + '-errors'" [problems]="perLocale()[locale]" />
        </div>
      }
      <pr-field-errors class="whole" [id]="idPrefix() + '-name-errors'" [problems]="problems()" />
    </fieldset>
  `,
  styles: `
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0.5rem 1rem;
      margin: 0 0 0.5rem;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    fieldset.multiline {
      grid-template-columns: 1fr;
    }
    legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: 600;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .whole {
      grid-column: 1 / -1;
      margin-block-end: 0.75rem;
    }
  `,
})
export class LocalizedFields {
  /** The group's caption, already translated. */
  readonly legend = input.required<string>();
  readonly value = input.required<Partial<Record<Locale, string>>>();
  /**
   * The translation key of each input's label, given the language's own name as `{language}`; a key ending in a
   * dot is completed with the language's code (`org.field.nameIn.` → `org.field.nameIn.fa`).
   */
  readonly labelKey = input.required<string>();
  /** Long text: a text area per language instead of a line. */
  readonly multiline = input(false, { transform: booleanAttribute });
  /** The most characters one language takes (the API's limit), or none. */
  readonly maxLength = input<number | null>(null);
  /** Problems of the text as a whole (none given, too long): translation keys of the area's checks or refusals. */
  readonly problems = input<string[] | undefined>();
  /** Refusals of one language's text, keyed by language. */
  readonly perLocale = input<Partial<Record<string, string[]>>>({});
  /** Makes the ids of the group's problem lists unique on the page. */
  readonly idPrefix = input(`localized-${nextId++}`);
  readonly changed = output<LocalizedTextChange>();

  protected readonly locales = LOCALES;
  protected readonly info = LOCALE_INFO;

  protected labelOf(locale: Locale): string {
    const key = this.labelKey();
    return key.endsWith('.') ? key + locale : key;
  }

  protected invalid(locale: Locale): boolean {
    return !!(this.problems()?.length || this.perLocale()[locale]?.length);
  }
}

/** `text` with one language's input applied: a blank input removes that language. */
export function withLocaleText(text: LocalizedText, change: LocalizedTextChange): LocalizedText {
  const next: LocalizedText = { ...text };
  if (change.text.trim()) next[change.locale] = change.text;
  else delete next[change.locale];
  return next;
}

/** The text with blank languages dropped and the rest trimmed; null when no language has any. */
export function cleanLocalizedText(text: LocalizedText): LocalizedText | null {
  const entries = Object.entries(text)
    .map(([locale, value]) => [locale, (value ?? '').trim()] as const)
    .filter(([, value]) => value.length > 0);
  return entries.length ? Object.fromEntries(entries) : null;
}
