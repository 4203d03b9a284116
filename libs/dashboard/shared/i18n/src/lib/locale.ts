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

/**
 * Where a browser's Intl has no data for a language, the tag whose numbers are written the same way: Kazakh
 * groups thousands with a space and writes a decimal comma, as Russian does in Kazakhstan. Without it, such a
 * browser (Debian's Chromium among them) writes "200,000,000" on a Kazakh page.
 */
const NUMBER_FALLBACK: Partial<Record<Locale, string>> = { kk: 'ru-KZ' };

const supportsNumbers = (tag: string): boolean => Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;

/**
 * The BCP 47 tag to give `Intl.NumberFormat` for `locale`: its own, or {@link NUMBER_FALLBACK} when Intl has no
 * data for it. `supports` is Intl's own check unless a test passes another.
 */
export function numberLocaleOf(locale: Locale, supports: (tag: string) => boolean = supportsNumbers): string {
  const own = LOCALE_INFO[locale].intl;
  return supports(own) ? own : (NUMBER_FALLBACK[locale] ?? own);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALE_INFO;
}
