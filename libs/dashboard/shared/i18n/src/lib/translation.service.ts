import { inject, Injectable, signal } from '@angular/core';
import type { Locale, LocalizedText } from '@prgauge/contracts';
import { LocaleStore } from './locale.store';
import { DICTIONARIES, TranslationKey } from './translations';

export type TranslationParams = Record<string, string | number>;

/** Looks up user-facing text in the active language, falling back to English, then to the key itself. */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly locales = inject(LocaleStore);
  private readonly dictionaries = signal<Dictionaries>(DICTIONARIES);

  t(key: TranslationKey | string, params?: TranslationParams): string {
    return translate(this.locales.locale(), key, params, this.dictionaries());
  }

  /** Adds an area's texts, loaded with its lazy routes. */
  register(area: Dictionaries): void {
    this.dictionaries.update((current) => ({
      ru: { ...current.ru, ...area.ru },
      kk: { ...current.kk, ...area.kk },
      fa: { ...current.fa, ...area.fa },
      en: { ...current.en, ...area.en },
    }));
  }

  /** Picks a record's own text (an agency's name, say) in the active language, or the best available one. */
  pick(text: LocalizedText | string | null | undefined): string {
    return pickLocalized(this.locales.locale(), text);
  }
}

/** Text per language and key; a language may lack keys while it is being translated. */
export type Dictionaries = Record<Locale, Partial<Record<string, string>>>;

/** The text for `key` in `locale`, else in English, else the key itself, with `{name}` placeholders filled. */
export function translate(
  locale: Locale,
  key: string,
  params?: TranslationParams,
  dictionaries: Dictionaries = DICTIONARIES,
): string {
  const template = dictionaries[locale][key] ?? dictionaries.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

const FALLBACK_ORDER: Locale[] = ['en', 'ru', 'kk', 'fa'];

export function pickLocalized(locale: Locale, text: LocalizedText | string | null | undefined): string {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] || FALLBACK_ORDER.map((l) => text[l]).find((value) => !!value) || '';
}
