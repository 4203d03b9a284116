import { effect, inject, Injectable, type Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, type MatDateFormats } from '@angular/material/core';
import {
  calendarOf,
  firstDayOfWeek,
  formatCalendarDay,
  formatNumber,
  formatPlainNumber,
  formatTypedDay,
  LocaleStore,
  monthNames,
  parseTypedDay,
  weekdayNames,
  type NameStyle,
} from '@prgauge/dashboard-shared-i18n';

const DAY_MS = 86_400_000;

/** How the date field asks this adapter to write a day; Material passes these through `MAT_DATE_FORMATS`. */
type DayFormat = 'typed' | 'long' | 'monthYear' | 'monthYearLong' | 'month';

const DAY_FORMATS: MatDateFormats = {
  parse: { dateInput: 'typed' },
  display: {
    dateInput: 'typed',
    monthLabel: 'month',
    monthYearLabel: 'monthYear',
    dateA11yLabel: 'long',
    monthYearA11yLabel: 'monthYearLong',
  },
};

/** The `YYYY-MM-DD` a day's Date stands for: the adapter's Dates are noon UTC of their day. */
export function isoOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Date the adapter uses for the day `iso` (`YYYY-MM-DD`): noon UTC, the same day on every clock's date. */
export function dateOfIso(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/**
 * Material's date picker counting days in the reader's calendar: Solar Hijri months, Saturday-first weeks and
 * Persian digits in Persian, Gregorian elsewhere; typed days read as {@link parseTypedDay} reads them. A Date
 * here is noon UTC of a calendar day, so no zone moves it to another day. The calendar follows the page's
 * language as it changes.
 */
@Injectable()
export class CalendarDayAdapter extends DateAdapter<Date> {
  private readonly locales = inject(LocaleStore);

  constructor() {
    super();
    // An open calendar rewrites its month and weekday names when the page's language changes.
    effect(() => {
      this.locales.locale();
      this._localeChanges.next();
    });
  }

  private get reader() {
    return this.locales.locale();
  }

  private parts(date: Date) {
    return calendarOf(this.reader).fromIso(isoOfDate(date));
  }

  getYear(date: Date): number {
    return this.parts(date).year;
  }

  getMonth(date: Date): number {
    return this.parts(date).month - 1;
  }

  getDate(date: Date): number {
    return this.parts(date).day;
  }

  getDayOfWeek(date: Date): number {
    return date.getUTCDay();
  }

  getMonthNames(style: NameStyle): string[] {
    return monthNames(this.reader, style);
  }

  getDateNames(): string[] {
    return Array.from({ length: 31 }, (_, i) => formatNumber(this.reader, i + 1));
  }

  getDayOfWeekNames(style: NameStyle): string[] {
    return weekdayNames(this.reader, style);
  }

  getYearName(date: Date): string {
    return this.yearText(this.getYear(date));
  }

  getFirstDayOfWeek(): number {
    return firstDayOfWeek(this.reader);
  }

  getNumDaysInMonth(date: Date): number {
    const { year, month } = this.parts(date);
    return calendarOf(this.reader).monthLength(year, month);
  }

  clone(date: Date): Date {
    return new Date(date.getTime());
  }

  /** @throws Error for a month or day the calendar does not have, as Material's own adapters do. */
  createDate(year: number, month: number, date: number): Date {
    const iso = calendarOf(this.reader).toIso({ year, month: month + 1, day: date });
    if (iso === null) throw Error(`Invalid date "${date}" for month index "${month}" of year ${year}.`);
    return dateOfIso(iso);
  }

  /** Today on the reader's own clocks. */
  today(): Date {
    const now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), 12));
  }

  parse(value: unknown): Date | null {
    if (value instanceof Date) return this.clone(value);
    if (typeof value !== 'string' || value.trim() === '') return null;
    const iso = parseTypedDay(this.reader, value);
    return iso === null ? this.invalid() : dateOfIso(iso);
  }

  format(date: Date, displayFormat: DayFormat): string {
    if (!this.isValid(date)) throw Error('CalendarDayAdapter: cannot format an invalid date.');
    const iso = isoOfDate(date);
    const { year, month } = this.parts(date);
    switch (displayFormat) {
      case 'typed':
        return formatTypedDay(this.reader, iso);
      case 'long':
        return formatCalendarDay(this.reader, iso, 'long');
      case 'month':
        return monthNames(this.reader, 'short')[month - 1];
      case 'monthYear':
        return `${monthNames(this.reader, 'short')[month - 1]} ${this.yearText(year)}`;
      case 'monthYearLong':
        return `${monthNames(this.reader, 'long')[month - 1]} ${this.yearText(year)}`;
    }
  }

  addCalendarYears(date: Date, years: number): Date {
    return this.addCalendarMonths(date, years * 12);
  }

  /** Months later (or earlier), on the same day of the month or the month's last day when it is shorter. */
  addCalendarMonths(date: Date, months: number): Date {
    const calendar = calendarOf(this.reader);
    const { year, month, day } = this.parts(date);
    const index = year * 12 + (month - 1) + months;
    const target = { year: Math.floor(index / 12), month: (index % 12) + 1 };
    const last = calendar.monthLength(target.year, target.month);
    return dateOfIso(calendar.toIso({ ...target, day: Math.min(day, last) }) as string);
  }

  addCalendarDays(date: Date, days: number): Date {
    return new Date(date.getTime() + days * DAY_MS);
  }

  toIso8601(date: Date): string {
    return isoOfDate(date);
  }

  /** A `YYYY-MM-DD` from the API as its day; anything else as Material's adapters take it. */
  override deserialize(value: unknown): Date | null {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const date = dateOfIso(value);
      return this.isValid(date) ? date : this.invalid();
    }
    return super.deserialize(value);
  }

  isDateInstance(value: unknown): boolean {
    return value instanceof Date;
  }

  isValid(date: Date): boolean {
    return !Number.isNaN(date.getTime());
  }

  invalid(): Date {
    return new Date(NaN);
  }

  private yearText(year: number): string {
    return formatPlainNumber(this.reader, year);
  }
}

/** The date picker in the reader's calendar, for a component's `providers`. */
export function provideCalendarDays(): Provider[] {
  return [
    { provide: DateAdapter, useClass: CalendarDayAdapter },
    { provide: MAT_DATE_FORMATS, useValue: DAY_FORMATS },
  ];
}
