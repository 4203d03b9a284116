import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import type { LetterEntry } from './letter-request';

/**
 * Asks for the outgoing letter's number and date before a report is printed as a letter. The date is picked as
 * other dashboard days are, with the reader's own calendar (Solar Hijri in Persian) shown under it. Closes with
 * a `LetterEntry`, or with nothing when cancelled.
 */
@Component({
  selector: 'pr-letter-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslatePipe, DayField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); print()">
      <h2 mat-dialog-title>{{ 'pdf.letterTitle' | t }}</h2>
      <mat-dialog-content class="fields">
        <p class="hint" id="letter-hint">{{ 'pdf.letterHint' | t }}</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'pdf.letterNo' | t }}</mat-label>
          <input
            matInput
            type="text"
            maxlength="40"
            cdkFocusInitial
            [value]="letterNo()"
            (input)="letterNo.set(inputValue($event))"
          />
        </mat-form-field>
        <pr-day-field
          [label]="'pdf.letterDate' | t"
          [value]="letterDate()"
          [required]="false"
          (changed)="letterDate.set($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'pdf.cancel' | t }}</button>
        <button mat-flat-button type="submit">{{ 'pdf.print' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
    }
    .hint {
      margin: 0;
      opacity: 0.75;
    }
  `,
})
export class LetterDialog {
  private readonly ref = inject<MatDialogRef<LetterDialog, LetterEntry>>(MatDialogRef);
  protected readonly inputValue = inputValue;
  protected readonly letterNo = signal('');
  protected readonly letterDate = signal('');

  protected print(): void {
    this.ref.close({ letterNo: this.letterNo().trim(), letterDate: this.letterDate() });
  }
}
