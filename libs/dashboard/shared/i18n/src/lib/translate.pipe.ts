import { inject, Pipe, PipeTransform } from '@angular/core';
import type { LocalizedText } from '@prgauge/contracts';
import type { Locale } from './locale';
import { LocaleStore } from './locale.store';
import { pickedLocale, TranslationParams, TranslationService } from './translation.service';

/** `{{ 'nav.rankings' | t }}`: impure so that text follows a change of language at once. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(key: string, params?: TranslationParams): string {
    return this.translations.t(key, params);
  }
}

/** `{{ agency.name | localized }}`: a record's own multilingual text in the active language. */
@Pipe({ name: 'localized', pure: false })
export class LocalizedPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(text: LocalizedText | string | null | undefined): string {
    return this.translations.pick(text);
  }
}

/**
 * `<p [attr.lang]="rules | localizedLang">`: the language the `localized` pipe shows a text in, which differs from
 * the reader's when it falls back to another filled language; null when none is filled.
 */
@Pipe({ name: 'localizedLang', pure: false })
export class LocalizedLangPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(text: LocalizedText | null | undefined): Locale | null {
    return pickedLocale(this.locales.locale(), text);
  }
}
