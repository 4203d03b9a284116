import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIMITS, LOCALES, type Locale, type LocalizedText } from '@prgauge/contracts';
import { LOCALE_INFO, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';

/** A name in the four languages, each typed in its own direction (Persian right to left). */
@Component({
  selector: 'pr-localized-name-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>{{ legend() }}</legend>
      @for (locale of locales; track locale) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'training.name.in' | t: { language: info[locale].nativeName } }}</mat-label>
          <input
            matInput
            [attr.lang]="locale"
            [attr.dir]="info[locale].dir"
            [value]="value()[locale] ?? ''"
            (input)="edit(locale, inputValue($event))"
            [attr.maxlength]="limits.localizedText.max"
          />
        </mat-form-field>
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: 600;
    }
  `,
})
export class LocalizedNameFields {
  protected readonly inputValue = inputValue;
  readonly legend = input.required<string>();
  readonly value = input<LocalizedText>({});
  readonly changed = output<LocalizedText>();

  protected readonly locales = LOCALES;
  protected readonly limits = LIMITS;
  protected readonly info = LOCALE_INFO;

  protected edit(locale: Locale, text: string): void {
    const next: LocalizedText = { ...this.value() };
    if (text.trim()) next[locale] = text;
    else delete next[locale];
    this.changed.emit(next);
  }
}

/** The name with blank languages dropped and the rest trimmed; null when no language has a name. */
export function cleanName(name: LocalizedText): LocalizedText | null {
  const entries = Object.entries(name)
    .map(([locale, text]) => [locale, (text ?? '').trim()] as const)
    .filter(([, text]) => text.length > 0);
  return entries.length ? Object.fromEntries(entries) : null;
}
