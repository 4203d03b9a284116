import type { Locale } from '@prgauge/contracts';
import { LOCALE_INFO } from '@prgauge/dashboard-shared-i18n';

/**
 * A report month (`YYYY-MM`) as its reader names months. The middle of the month is formatted, so in the
 * Solar Hijri calendar the label names the Persian month that covers most of it.
 */
export function monthLabel(locale: Locale, key: string): string {
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) return key;
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 15)));
}
