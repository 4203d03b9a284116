import type { Locale, LocalizedText } from '@prgauge/contracts';

/** The reader's language, calendar and writing direction, as one report prints them. */
export interface ReportLocale {
  locale: Locale;
  /** BCP 47 tag with the calendar: Persian readers get the Solar Hijri calendar and Persian digits. */
  tag: string;
  dir: 'rtl' | 'ltr';
}

const TAGS: Record<Locale, string> = {
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  ru: 'ru-RU',
  kk: 'kk-KZ',
  en: 'en-GB',
};

/** How a report for a reader of `locale` writes numbers, dates and lines. */
export function reportLocale(locale: Locale): ReportLocale {
  return { locale, tag: TAGS[locale], dir: locale === 'fa' ? 'rtl' : 'ltr' };
}

/** A number with at most `digits` decimals, in the reader's digits and marks (Persian ۸۶٫۵); an en dash for none. */
export function formatNumber(loc: ReportLocale, value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(loc.tag, { maximumFractionDigits: digits }).format(value);
}

/** A year number without grouping (2026, ۲۰۲۶). */
export function formatYear(loc: ReportLocale, year: number): string {
  return new Intl.NumberFormat(loc.tag, { useGrouping: false }).format(year);
}

/** A signed change (+3, −2), in the reader's digits, with a true minus sign where Intl gives a hyphen. */
export function formatChange(loc: ReportLocale, value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(loc.tag, { maximumFractionDigits: digits, signDisplay: 'exceptZero' })
    .format(value)
    .replace('-', '\u2212');
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/**
 * Text people typed (cycle names, letter numbers) with its ASCII digits in the reader's digits: a Persian page
 * shows no Latin digit, so "2025" prints as ۲۰۲۵ there; other languages keep the text as it is.
 */
export function localDigits(loc: ReportLocale, text: string): string {
  return loc.locale === 'fa' ? text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]) : text;
}

/** A share 0..1 as a percentage in the reader's digits and percent sign (Russian "100 %", Persian ۱۰۰٪). */
export function formatPercent(loc: ReportLocale, share: number): string {
  return new Intl.NumberFormat(loc.tag, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A calendar day (`YYYY-MM-DD`) in the reader's calendar: 1405/09/10 for Persian readers, 01.12.2026 for Russian.
 * The day is read at noon UTC, so no time zone can move it to a neighbouring day.
 */
export function formatDay(loc: ReportLocale, day: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(loc.tag, { timeZone: 'UTC', dateStyle: 'long' }).format(date);
}

/** The name in the reader's language, else in any language it has, Russian first. */
export function nameIn(loc: ReportLocale, name: string | LocalizedText | null | undefined): string {
  if (!name) return '';
  if (typeof name === 'string') return name;
  return name[loc.locale] ?? name.ru ?? name.kk ?? name.en ?? name.fa ?? '';
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to place in HTML: names and letter numbers come from people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
