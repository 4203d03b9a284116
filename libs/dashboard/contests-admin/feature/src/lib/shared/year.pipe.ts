import { inject, Pipe, PipeTransform } from '@angular/core';
import { formatNumber, LocaleStore } from '@prgauge/dashboard-i18n';

/** A contest year in the locale's digits but never grouped: 2026, not 2,026. */
@Pipe({ name: 'year', pure: false })
export class YearPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(value: number): string {
    return formatNumber(this.locales.locale(), value).replace(/[^\p{N}]/gu, '');
  }
}
