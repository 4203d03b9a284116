import type { Locale } from '@prgauge/contracts';
import { formatNumber, LOCALE_INFO } from '@prgauge/dashboard-shared-i18n';

/**
 * One side of a field change as text: numbers in the reader's digits, yes/no words given by the caller, records
 * as compact JSON (kept left to right, since their keys are code).
 */
export function changeValueText(
  locale: Locale,
  value: unknown,
  words: { yes: string; no: string; empty: string },
): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'number') return formatNumber(locale, value, Number.isInteger(value) ? 0 : 2);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Whether the value shows as JSON, which reads left to right even in Persian. */
export const isRecordValue = (value: unknown): boolean => typeof value === 'object' && value !== null;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** When an entry was written, in the reader's calendar, digits and time zone (or the one given, for tests). */
export function formatDateTime(locale: Locale, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const key = `${locale}:${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(date);
}
