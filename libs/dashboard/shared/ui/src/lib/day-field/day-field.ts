import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CalendarDayPipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from './events/template-events';

/**
 * A day picked with the browser's date input, read back under it in the person's own calendar: the native
 * picker is Gregorian, and a Persian reader checks the Solar Hijri day there.
 */
@Component({
  selector: 'pr-day-field',
  imports: [MatFormFieldModule, MatInputModule, CalendarDayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="date"
        [required]="required()"
        [value]="value()"
        [attr.aria-invalid]="invalid() || null"
        [attr.aria-describedby]="describedBy()"
        (input)="changed.emit(inputValue($event))"
      />
      @if (value()) {
        <mat-hint>{{ value() | calendarDay: 'long' }}</mat-hint>
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
  `,
})
export class DayField {
  protected readonly inputValue = inputValue;
  readonly label = input.required<string>();
  /** `YYYY-MM-DD`, or empty. */
  readonly value = input.required<string>();
  readonly required = input(true);
  readonly invalid = input(false);
  /** The id of the element that lists the field's problems. */
  readonly describedBy = input<string | null>(null);
  readonly changed = output<string>();
}
