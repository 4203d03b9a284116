import type { Locale } from '@prgauge/contracts';

export type { Locale } from '@prgauge/contracts';

export interface LocaleInfo {
  code: Locale;
  /** The language's own name, shown in the switcher whatever the current language. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** The BCP 47 tag given to Intl for numbers and dates. */
  intl: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  ru: { code: 'ru', nativeName: 'Русский', dir: 'ltr', intl: 'ru-RU' },
  kk: { code: 'kk', nativeName: 'Қазақша', dir: 'ltr', intl: 'kk-KZ' },
  // Persian digits and the Solar Hijri calendar come from Intl itself.
  fa: { code: 'fa', nativeName: 'فارسی', dir: 'rtl', intl: 'fa-IR-u-ca-persian-nu-arabext' },
  en: { code: 'en', nativeName: 'English', dir: 'ltr', intl: 'en-GB' },
};

export const DEFAULT_LOCALE: Locale = 'ru';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALE_INFO;
}
