import { computed, inject, Signal } from '@angular/core';
import { formatNumber, formatPercent, localDigits, LocaleStore } from '@prgauge/dashboard-shared-i18n';
import type { ChartTexts } from './chart-configs';

/** The page's font stack: Roboto has no Arabic script, so Persian falls through to Vazirmatn. */
const FONT = 'Roboto, Vazirmatn, "Noto Sans", sans-serif';

/** Direction, font and digits of the active language, for chart configurations to follow. */
export function injectChartTexts(): Signal<ChartTexts> {
  const locales = inject(LocaleStore);
  return computed(() => {
    const locale = locales.locale();
    return {
      rtl: locales.dir() === 'rtl',
      font: FONT,
      format: (value: number) => formatNumber(locale, value, Number.isInteger(value) ? 0 : 1),
      percent: (value: number) => formatPercent(locale, value, Number.isInteger(value) ? 0 : 1),
      digits: (text: string) => localDigits(locale, text),
    };
  });
}
