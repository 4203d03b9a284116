import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatDatepickerInput, MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  CalendarDayPipe,
  formatTypedDay,
  LocaleStore,
  parseTypedDay,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { dateOfIso, isoOfDate, provideCalendarDays } from './calendar-day-adapter';
import { DayPickerTexts } from './day-picker-texts';

/**
 * A calendar day, typed or picked in the reader's own calendar: Solar Hijri in Persian (`۱۴۰۵/۰۹/۰۹`), Gregorian
 * elsewhere (`30.11.2026`), whatever language the browser itself speaks. Under it the day reads back in words,
 * or, while what is typed is not a day, how to type one. `value` and `changed` are `YYYY-MM-DD`, the API's form;
 * `changed` gives '' while the field holds no day.
 */
@Component({
  selector: 'pr-day-field',
  imports: [MatFormFieldModule, MatInputModule, MatDatepickerModule, CalendarDayPipe, TranslatePipe],
  providers: [provideCalendarDays(), { provide: MatDatepickerIntl, useClass: DayPickerTexts }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        dir="ltr"
        autocomplete="off"
        [matDatepicker]="picker"
        [required]="required()"
        [attr.aria-invalid]="invalid() || unreadable() || null"
        [attr.aria-describedby]="describedBy()"
        (input)="typed($event)"
        (dateChange)="picked($event.value)"
      />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
      @if (unreadable()) {
        <mat-hint class="unreadable">{{ 'day.unreadable' | t: { example: example() } }}</mat-hint>
      } @else if (value()) {
        <mat-hint>{{ value() | calendarDay: 'long' }}</mat-hint>
      } @else {
        <mat-hint>{{ 'day.example' | t: { example: example() } }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      inline-size: 100%;
    }
    /* Typed days read left to right in every language, as their digits do; the label keeps the page's side. */
    input {
      text-align: start;
    }
    :host-context([dir='rtl']) input {
      text-align: end;
    }
    .unreadable {
      color: var(--mat-sys-error, #b3261e);
    }
  `,
})
export class DayField {
  readonly label = input.required<string>();
  /** `YYYY-MM-DD`, or empty. */
  readonly value = input.required<string>();
  readonly required = input(true);
  readonly invalid = input(false);
  /** The id of the element that lists the field's problems. */
  readonly describedBy = input<string | null>(null);
  readonly changed = output<string>();

  private readonly locales = inject(LocaleStore);
  private readonly field = viewChild.required(MatDatepickerInput<Date>);
  /** Whether the text in the field is not a day; it is kept as typed so the reader can correct it. */
  protected readonly unreadable = signal(false);
  /** Today as the reader would type it. */
  protected readonly example = computed(() =>
    formatTypedDay(this.locales.locale(), new Date().toISOString().slice(0, 10)),
  );
  /** The day last given by the reader, so its echo from the parent does not rewrite what they are typing. */
  private given: string | null = null;

  constructor() {
    effect(() => {
      const value = this.value();
      this.locales.locale();
      const field = this.field();
      if (value === this.given) return;
      untracked(() => {
        this.given = null;
        this.unreadable.set(false);
        field.value = value ? dateOfIso(value) : null;
      });
    });
  }

  protected typed(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    const day = parseTypedDay(this.locales.locale(), text);
    this.unreadable.set(text.trim() !== '' && day === null);
    this.give(day ?? '');
  }

  protected picked(date: Date | null): void {
    if (date === null || Number.isNaN(date.getTime())) return;
    this.unreadable.set(false);
    this.give(isoOfDate(date));
  }

  private give(day: string): void {
    if (day === this.value()) return;
    this.given = day;
    this.changed.emit(day);
  }
}
