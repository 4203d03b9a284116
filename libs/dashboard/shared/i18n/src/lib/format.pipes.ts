import { inject, Pipe, PipeTransform } from '@angular/core';
import { DayStyle, formatCalendarDay } from './calendar-day';
import { formatFileSize, formatNumber, formatPlainNumber, localDigits } from './format';
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

/**
 * `{{ value | plainNumber }}`: a figure as it was entered, with as many decimals as it has, so a count of 30 reads
 * "۳۰", not "۳۰٫۰"; a dash when there is none.
 */
@Pipe({ name: 'plainNumber', pure: false })
export class PlainNumberPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(value: number | null | undefined): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return formatPlainNumber(this.locales.locale(), value);
  }
}

/**
 * `{{ cycle.periodStart | calendarDay }}`: a `YYYY-MM-DD` day as that same day in the active locale's calendar.
 * It refuses an instant (throws): show those with `localDay: zone` or `localMoment: zone`.
 */
@Pipe({ name: 'calendarDay', pure: false })
export class CalendarDayPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(day: string | null | undefined, style: DayStyle = 'medium'): string {
    return formatCalendarDay(this.locales.locale(), day, style);
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

/** `{{ file.sizeBytes | fileSize }}`: a size in bytes as "31 Б", "۵۱۲ kB", "2,4 МБ"; a dash when unknown. */
@Pipe({ name: 'fileSize', pure: false })
export class FileSizePipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(bytes: number | null | undefined): string {
    if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return '—';
    return formatFileSize(this.locales.locale(), bytes);
  }
}
