import { inject, Pipe, PipeTransform } from '@angular/core';
import type { Locale } from '@prgauge/contracts';
import { numberLocaleOf } from './locale';
import { LocaleStore } from './locale.store';

/** A contest year in the locale's digits, never grouped: «2026», not «2 026». */
export function formatYear(locale: Locale, year: number): string {
  return new Intl.NumberFormat(numberLocaleOf(locale), { useGrouping: false }).format(year);
}

/** `{{ contest.year | localYear }}` */
@Pipe({ name: 'localYear', pure: false })
export class LocalYearPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(year: number): string {
    return formatYear(this.locales.locale(), year);
  }
}
