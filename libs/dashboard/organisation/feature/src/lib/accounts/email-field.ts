import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIMITS } from '@prgauge/contracts';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { FieldErrors, inputValue } from '@prgauge/dashboard-shared-ui';

/** An account's email address as typed, left to right in every language, with its problems under it. */
@Component({
  selector: 'pr-email-field',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrors],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ 'org.field.email' | t }}</mat-label>
      <input
        matInput
        type="email"
        dir="ltr"
        autocomplete="off"
        [attr.maxlength]="maxLength"
        [value]="value()"
        [attr.aria-invalid]="!!problems()?.length || null"
        [attr.aria-describedby]="errorsId()"
        (input)="changed.emit(inputValue($event))"
      />
    </mat-form-field>
    <pr-field-errors [id]="errorsId()" [problems]="problems()" />
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
export class EmailField {
  protected readonly inputValue = inputValue;
  protected readonly maxLength = LIMITS.email.max;
  readonly value = input('');
  /** Problems of the form's own check (translation keys) or the API's refusal, worded. */
  readonly problems = input<string[] | undefined>();
  /** The id of the problems' element, which the input names as its description. */
  readonly errorsId = input.required<string>();
  readonly changed = output<string>();
}
