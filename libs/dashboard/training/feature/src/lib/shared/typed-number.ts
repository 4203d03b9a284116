import type { Locale } from '@prgauge/contracts';
import { numberLocaleOf } from '@prgauge/dashboard-shared-i18n';
import { asciiDigits } from '@prgauge/text';

/**
 * Reads a number as a person types it in any of the product's languages: Persian and Arabic digits count, a
 * comma or the Arabic decimal sign is a decimal point. Empty is null; anything else unreadable is NaN.
 */
export function readTypedNumber(text: string): number | null {
  const normal = asciiDigits(text.trim())
    .replace(/[\s\u00a0\u202f\u066c]/g, '')
    .replace(/[,٫]/g, '.');
  if (normal === '') return null;
  return /^\d*\.?\d+$|^\d+\.$/.test(normal) ? Number(normal) : NaN;
}

/** A number in the language's own digits, ungrouped, so that it reads back exactly as it is shown. */
export function typedNumberText(locale: Locale, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(numberLocaleOf(locale), {
    useGrouping: false,
    maximumFractionDigits: 2,
  }).format(value);
}
