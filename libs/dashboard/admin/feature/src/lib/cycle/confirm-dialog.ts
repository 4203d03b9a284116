import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIMITS, type PublishSummary } from '@prgauge/contracts';
import type { CycleTransition } from '@prgauge/dashboard-admin-data-access';
import { LocalDigitsPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { needsReason, REASON_MIN_LENGTH } from './cycle-actions';
import { PublishSummaryView } from './publish-summary';

export interface ConfirmTransitionData {
  action: CycleTransition;
  cycleName: string;
  /** For publishing: what will be published; a summary that names a refusal keeps the button disabled. */
  summary?: PublishSummary;
}

/** What confirming answers: the written reason when one is needed, otherwise an empty one. */
export interface ConfirmTransitionResult {
  reason: string;
}

/**
 * Says what a status change will do before it happens; reopening also asks why, and publishing shows what will
 * be published.
 */
@Component({
  selector: 'pr-confirm-transition-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    LocalDigitsPipe,
    LocalNumberPipe,
    TranslatePipe,
    PublishSummaryView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'admin.confirm.' + data.action + '.title' | t: { name: (data.cycleName | localDigits) } }}
    </h2>
    <mat-dialog-content>
      <p id="confirm-consequence">{{ 'admin.confirm.' + data.action + '.body' | t }}</p>
      @if (data.summary; as summary) {
        <pr-publish-summary [summary]="summary" />
      }
      @if (askReason) {
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ 'admin.field.reason' | t }}</mat-label>
          <textarea
            matInput
            rows="3"
            required
            [attr.maxlength]="maxLength"
            [value]="reason()"
            (input)="reason.set(inputValue($event))"
          ></textarea>
          <mat-hint>{{ 'admin.problem.reason' | t: { min: (minLength | localNumber) } }}</mat-hint>
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'admin.cancel' | t }}</button>
      <button mat-flat-button type="button" [disabled]="!ready()" (click)="confirm()">
        {{ 'admin.action.' + data.action | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .reason {
      inline-size: 100%;
    }
  `,
})
export class ConfirmTransitionDialog {
  protected readonly inputValue = inputValue;
  protected readonly data = inject<ConfirmTransitionData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmTransitionDialog, ConfirmTransitionResult>>(MatDialogRef);
  protected readonly askReason = needsReason(this.data.action);
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly maxLength = LIMITS.reopenReason.max;
  protected readonly reason = signal('');
  protected readonly ready = computed(
    () =>
      !this.data.summary?.refusal && (!this.askReason || this.reason().trim().length >= REASON_MIN_LENGTH),
  );

  protected confirm(): void {
    this.ref.close({ reason: this.reason().trim() });
  }
}
