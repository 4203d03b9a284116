import { inject, Pipe, PipeTransform } from '@angular/core';
import type { Locale } from '@prgauge/contracts';
import { numberLocaleOf, LocaleStore } from '@prgauge/dashboard-shared-i18n';

/** A prize in the locale's digits and currency sign: «400 000 ₸» in Russian, «۴۰۰٬۰۰۰ KZT» in Persian. */
export function formatMoney(locale: Locale, amount: number, currency: string): string {
  return new Intl.NumberFormat(numberLocaleOf(locale), {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: amount % 1 ? 2 : 0,
  }).format(amount);
}

/** `{{ nomination.prizeAmount | money: nomination.prizeCurrency }}`; nothing when there is no prize. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(amount: number | null | undefined, currency: string | null | undefined): string {
    return amount === null || amount === undefined || !currency
      ? ''
      : formatMoney(this.locales.locale(), amount, currency);
  }
}
