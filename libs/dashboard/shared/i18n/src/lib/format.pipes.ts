import { inject, Pipe, PipeTransform } from '@angular/core';
import { DateStyle, formatDate, formatNumber } from './format';
import { LocaleStore } from './locale.store';

/** `{{ total | localNumber: 1 }}` in the active locale's digits. */
@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(value: number | null | undefined, fractionDigits = 0): string {
    return formatNumber(this.locales.locale(), value, fractionDigits);
  }
}

/** `{{ cycle.deadline | localDate }}` in the active locale's calendar. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(value: Date | string | null | undefined, style: DateStyle = 'medium'): string {
    return formatDate(this.locales.locale(), value, style);
  }
}
