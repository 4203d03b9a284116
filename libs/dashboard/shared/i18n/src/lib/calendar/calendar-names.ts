import type { Locale } from '@prgauge/contracts';
import { LOCALE_INFO } from '../locale';
import { intlKnowsKazakh, KAZAKH_MONTHS } from '../zoned-format';

export type NameStyle = 'long' | 'short' | 'narrow';

/** The Solar Hijri months as Iran writes them, Farvardin first. Persian does not shorten them. */
const SOLAR_HIJRI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

/** Kazakh weekdays, Sunday first, long and short, for browsers whose Intl has no Kazakh data. */
const KAZAKH_WEEKDAYS = [
  'жексенбі',
  'дүйсенбі',
  'сейсенбі',
  'сәрсенбі',
  'бейсенбі',
  'жұма',
  'сенбі',
] as const;
const KAZAKH_WEEKDAYS_SHORT = ['Жс', 'Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб'] as const;

/** Names read once per language and style: a calendar asks for them on every draw. */
const names = new Map<string, readonly string[]>();

function remembered(key: string, read: () => string[]): string[] {
  let found = names.get(key);
  if (!found) {
    found = read();
    names.set(key, found);
  }
  // A copy, so no caller can change the names another reads.
  return [...found];
}

const firstLetter = (name: string): string => name.charAt(0).toLocaleUpperCase();

/**
 * The twelve month names of the reader's calendar, its first month first: Farvardin..Esfand in Persian,
 * January..December elsewhere, as standalone names ("ноябрь", not "ноября").
 */
export function monthNames(locale: Locale, style: NameStyle): string[] {
  return remembered(`months:${locale}:${style}`, () => readMonthNames(locale, style));
}

function readMonthNames(locale: Locale, style: NameStyle): string[] {
  if (locale === 'fa') {
    return style === 'narrow' ? SOLAR_HIJRI_MONTHS.map(firstLetter) : [...SOLAR_HIJRI_MONTHS];
  }
  if (locale === 'kk' && !intlKnowsKazakh()) {
    const names = KAZAKH_MONTHS.map((m) => (style === 'long' ? m : m.slice(0, 3)));
    return style === 'narrow' ? names.map(firstLetter) : names;
  }
  const format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { month: style, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2017, i, 1, 12))));
}

/** The seven weekday names, Sunday first (as `Date.getUTCDay` counts), in the reader's language. */
export function weekdayNames(locale: Locale, style: NameStyle): string[] {
  return remembered(`weekdays:${locale}:${style}`, () => readWeekdayNames(locale, style));
}

function readWeekdayNames(locale: Locale, style: NameStyle): string[] {
  if (locale === 'kk' && !intlKnowsKazakh()) {
    if (style === 'long') return [...KAZAKH_WEEKDAYS];
    return style === 'short' ? [...KAZAKH_WEEKDAYS_SHORT] : KAZAKH_WEEKDAYS_SHORT.map(firstLetter);
  }
  const format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { weekday: style, timeZone: 'UTC' });
  // 1 January 2017 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2017, 0, 1 + i, 12))));
}

/** The day a calendar page starts its weeks on, Sunday = 0: Saturday in Iran, Monday in Russia and Kazakhstan. */
export function firstDayOfWeek(locale: Locale): number {
  return locale === 'fa' ? 6 : 1;
}
