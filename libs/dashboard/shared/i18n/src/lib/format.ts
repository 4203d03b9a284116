import type { Locale } from '@prgauge/contracts';
import { numberLocaleOf } from './locale';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the locale's digits and separators (Persian digits in fa). */
export function formatNumber(locale: Locale, value: number | null | undefined, fractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const key = `${locale}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocaleOf(locale), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const plainFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as text in the locale's digits and decimal sign, as many decimals as it has (up to 6), grouped only
 * from five digits on, so a year or a count of 2026 reads "2026" / "۲۰۲۶" and 12500 reads "12 500" / "۱۲٬۵۰۰".
 * The form a number takes when it fills a `{placeholder}` of a text.
 */
export function formatPlainNumber(locale: Locale, value: number): string {
  const grouped = Math.abs(value) >= 10000;
  const key = `${locale}:${grouped}`;
  let format = plainFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocaleOf(locale), {
      useGrouping: grouped,
      maximumFractionDigits: 6,
    });
    plainFormats.set(key, format);
  }
  return format.format(value);
}

const sizeFormats = new Map<string, Intl.NumberFormat>();
const KIBIBYTE = 1024;
const MEBIBYTE = 1024 * 1024;

/**
 * A file's size in bytes as people read it: "31 Б", "۵۱۲ kB", "20 МБ", up to one decimal. Binary multiples, as
 * operating systems show files; under a kilobyte in bytes, so a small file never reads "0 kB".
 */
export function formatFileSize(locale: Locale, bytes: number): string {
  const [unit, amount] =
    bytes >= MEBIBYTE
      ? ['megabyte', bytes / MEBIBYTE]
      : bytes >= KIBIBYTE
        ? ['kilobyte', bytes / KIBIBYTE]
        : ['byte', bytes];
  const key = `${locale}:${unit}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocaleOf(locale), {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
    sizeFormats.set(key, format);
  }
  return format.format(amount);
}

const PERSIAN_ZERO = 0x06f0;

/**
 * `text` with its ASCII digits written in the locale's digits: Persian digits in fa, unchanged elsewhere. For
 * names that hold numbers (a cycle called "2026"), which are not numbers to format.
 */
export function localDigits(locale: Locale, text: string): string {
  if (locale !== 'fa') return text;
  return text.replace(/[0-9]/g, (d) => String.fromCodePoint(PERSIAN_ZERO + Number(d)));
}
