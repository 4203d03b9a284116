import { inject, Pipe, PipeTransform } from '@angular/core';
import { DateStyle, formatDate, formatNumber, localDigits } from './format';
import { formatPercent } from './measure/measured';
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

/** `{{ cycle.name | localDigits }}`: a name's digits in the active locale's (a cycle "2026" reads "۲۰۲۶" in fa). */
@Pipe({ name: 'localDigits', pure: false })
export class LocalDigitsPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(text: string | null | undefined): string {
    return localDigits(this.locales.locale(), text ?? '');
  }
}

/** `{{ rate | localPercent: 1 }}`: a value 0..100 as a percentage, `۸۵٪` in fa; a dash when there is none. */
@Pipe({ name: 'localPercent', pure: false })
export class LocalPercentPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(value: number | null | undefined, fractionDigits = 0): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return formatPercent(this.locales.locale(), value, fractionDigits);
  }
}
