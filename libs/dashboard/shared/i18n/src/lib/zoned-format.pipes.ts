import { inject, InjectionToken, Pipe, PipeTransform } from '@angular/core';
import { LocaleStore } from './locale.store';
import { formatDay, formatMoment, formatTime, readerTimeZone } from './zoned-format';

/** The reader's IANA time zone (`Asia/Tehran`): the browser's, unless a test sets another. */
export const READER_TIME_ZONE = new InjectionToken<string>('reader time zone', {
  providedIn: 'root',
  factory: readerTimeZone,
});

/** `{{ cycle.deadline | localMoment: cycle.timeZone }}`: date and time on the region's clocks, naming a foreign zone. */
@Pipe({ name: 'localMoment', pure: false })
export class LocalMomentPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);
  private readonly readerZone = inject(READER_TIME_ZONE);

  transform(value: Date | string | null | undefined, timeZone: string): string {
    return formatMoment(this.locales.locale(), value, timeZone, this.readerZone);
  }
}

/** `{{ savedAt | localTime }}`: the time of day on the reader's clocks. */
@Pipe({ name: 'localTime', pure: false })
export class LocalTimePipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(value: Date | string | null | undefined): string {
    return formatTime(this.locales.locale(), value);
  }
}

/** `{{ contest.votingEndAt | localDay: contest.timeZone }}`: the day on the region's clocks, in the locale's calendar. */
@Pipe({ name: 'localDay', pure: false })
export class LocalDayPipe implements PipeTransform {
  private readonly locales = inject(LocaleStore);

  transform(
    value: Date | string | null | undefined,
    timeZone: string,
    style: 'medium' | 'long' = 'medium',
  ): string {
    return formatDay(this.locales.locale(), value, timeZone, style);
  }
}
