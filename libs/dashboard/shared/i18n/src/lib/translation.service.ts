import { effect, inject, Injectable, signal } from '@angular/core';
import {
  ERROR_MESSAGES,
  FIELD_PROBLEM_MESSAGES,
  FIELD_PROBLEMS_WITHOUT_PARAMS,
  type ErrorCode,
  type ErrorParams,
  type FieldProblemCode,
  type Locale,
  type LocalizedText,
} from '@prgauge/contracts';
import { loadErrorTexts } from './errors/error-texts';
import { formatPlainNumber } from './format';
import { LocaleStore } from './locale.store';
import { DICTIONARIES, TranslationKey } from './translations';

export type TranslationParams = Record<string, string | number>;

/** Looks up user-facing text in the active language, falling back to English, then to the key itself. */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly locales = inject(LocaleStore);
  private readonly dictionaries = signal<Dictionaries>(DICTIONARIES);
  /** The refusal texts loaded so far, by language; see {@link loadErrorTexts}. */
  private readonly errorTexts = signal<Partial<Dictionaries>>({});
  private readonly requested = new Set<Locale>();

  constructor() {
    // Fetched as soon as a language is active, long before a first refusal can arrive; texts already shown
    // follow when it lands, since they read the signal.
    effect(() => void this.loadErrorTexts(this.locales.locale()));
  }

  t(key: TranslationKey | string, params?: TranslationParams): string {
    return translate(this.locales.locale(), key, params, this.dictionaries(), this.errorTexts());
  }

  /**
   * The text of a refusal in the active language: the dictionary's `error.<code>`, else the catalogue's English,
   * with the refusal's params filled in. Components show refusals only through this, never the API's message.
   */
  errorText(code: ErrorCode, params: ErrorParams = {}): string {
    return this.t(errorKey(code), params);
  }

  /**
   * The text of one field's problem (`details[]` of a refusal), like {@link errorText}. When a param the text
   * names did not come with the problem, the text without it is used, so nobody reads "{max}".
   */
  fieldProblemText(code: FieldProblemCode, params: ErrorParams = {}): string {
    const text = this.t(fieldProblemKey(code), params);
    if (!/\{\w+\}/.test(text) || !(code in FIELD_PROBLEMS_WITHOUT_PARAMS)) return text;
    const key = `field-problem-short.${code}`;
    const short = this.t(key);
    return short === key
      ? FIELD_PROBLEMS_WITHOUT_PARAMS[code as keyof typeof FIELD_PROBLEMS_WITHOUT_PARAMS]
      : short;
  }

  /**
   * Loads the refusal texts of `locale` once; until they arrive English is shown. Resolves when they are in;
   * a failed fetch resolves too, leaving English, and is tried again on the next call.
   */
  async loadErrorTexts(locale: Locale): Promise<void> {
    if (this.requested.has(locale)) return;
    this.requested.add(locale);
    try {
      const texts = await loadErrorTexts(locale);
      this.errorTexts.update((current) => ({ ...current, [locale]: texts }));
    } catch {
      this.requested.delete(locale);
    }
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

/** The dictionary key of a refusal's text; English comes from the catalogue in the contracts. */
export const errorKey = (code: ErrorCode) => `error.${code}`;

/** The dictionary key of a field problem's text. */
export const fieldProblemKey = (code: FieldProblemCode) => `field-problem.${code}`;

/** The catalogue's English texts under their dictionary keys, the fallback of every language. */
export const CATALOGUE_ENGLISH: Record<string, string> = Object.fromEntries([
  ...Object.entries(ERROR_MESSAGES).map(([code, text]) => [errorKey(code as ErrorCode), text]),
  ...Object.entries(FIELD_PROBLEM_MESSAGES).map(([code, text]) => [
    fieldProblemKey(code as FieldProblemCode),
    text,
  ]),
]);

/** Text per language and key; a language may lack keys while it is being translated. */
export type Dictionaries = Record<Locale, Partial<Record<string, string>>>;

/**
 * The text for `key` in `locale`, else in English, else the key itself, with `{name}` placeholders filled. In
 * each language an area's own text comes before the shared refusal texts (`errorTexts`), so a form may word a
 * code more fully where it knows more.
 */
export function translate(
  locale: Locale,
  key: string,
  params?: TranslationParams,
  dictionaries: Dictionaries = DICTIONARIES,
  errorTexts: Partial<Dictionaries> = {},
): string {
  const template =
    dictionaries[locale][key] ??
    errorTexts[locale]?.[key] ??
    dictionaries.en[key] ??
    errorTexts.en?.[key] ??
    CATALOGUE_ENGLISH[key] ??
    key;
  if (!params) return template;
  // A number param is written in the reader's digits; text params are shown as given.
  const filled = (value: string | number) =>
    typeof value === 'number' ? formatPlainNumber(locale, value) : value;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? filled(params[name]) : match,
  );
}

const FALLBACK_ORDER: Locale[] = ['en', 'ru', 'kk', 'fa'];

/** A record's own text in `locale`, else in the first filled language of English, Russian, Kazakh, Persian. */
export function pickLocalized(locale: Locale, text: LocalizedText | string | null | undefined): string {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  const picked = pickedLocale(locale, text);
  return picked ? (text[picked] ?? '') : '';
}

/**
 * The language `pickLocalized` shows a text in, so that a fallback text can carry its own `lang` and direction
 * (Persian rules on a Russian page read right to left); null when no language is filled.
 */
export function pickedLocale(locale: Locale, text: LocalizedText | null | undefined): Locale | null {
  if (!text) return null;
  return [locale, ...FALLBACK_ORDER].find((l) => !!text[l]) ?? null;
}
