import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal, type Type } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LocalNumberPipe, TranslatePipe, type TranslationParams } from '@prgauge/dashboard-shared-i18n';

/** A translation key with the values its text names, already formatted for the reader. */
export interface DialogText {
  key: string;
  params?: TranslationParams;
}

/** What the confirmation says and asks. Texts are translation keys, translated in the reader's language. */
export interface ConfirmDialogData {
  title: DialogText;
  /** What confirming will do; its paragraph has the id `confirm-consequence`, for `ariaDescribedBy`. */
  body: DialogText;
  cancel: string;
  confirm: string;
  /** More to read before confirming (what publishing will publish, say): a component and its inputs. */
  details?: { component: Type<unknown>; inputs: Record<string, unknown> };
  /** A written reason of at least `min` characters, to be given before confirming. */
  reason?: { label: string; hint: string; min: number; max: number };
  /** Keeps the confirm button disabled (the API would refuse). */
  refused?: boolean;
  /** Puts the focus on the confirm button rather than on the first field or button. */
  focusConfirm?: boolean;
}

/** What confirming answers: the written reason when one was asked, otherwise an empty one. */
export interface ConfirmDialogResult {
  reason: string;
}

/**
 * Asks before an action that cannot simply be undone. Closes with a `ConfirmDialogResult` when confirmed and
 * with nothing when cancelled.
 */
@Component({
  selector: 'pr-confirm-dialog',
  imports: [
    NgComponentOutlet,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title.key | t: data.title.params }}</h2>
    <mat-dialog-content>
      <p id="confirm-consequence">{{ data.body.key | t: data.body.params }}</p>
      @if (data.details; as details) {
        <ng-container *ngComponentOutlet="details.component; inputs: details.inputs" />
      }
      @if (data.reason; as reason) {
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ reason.label | t }}</mat-label>
          <textarea
            #field
            matInput
            rows="3"
            required
            [attr.maxlength]="reason.max"
            [value]="written()"
            (input)="written.set(field.value)"
          ></textarea>
          <mat-hint>{{ reason.hint | t: { min: (reason.min | localNumber) } }}</mat-hint>
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ data.cancel | t }}</button>
      @if (data.focusConfirm) {
        <button mat-flat-button type="button" cdkFocusInitial [disabled]="!ready()" (click)="close()">
          {{ data.confirm | t }}
        </button>
      } @else {
        <button mat-flat-button type="button" [disabled]="!ready()" (click)="close()">
          {{ data.confirm | t }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .reason {
      inline-size: 100%;
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialog, ConfirmDialogResult>>(MatDialogRef);
  protected readonly written = signal('');
  protected readonly ready = computed(() => {
    const reason = this.data.reason;
    return !this.data.refused && (!reason || this.written().trim().length >= reason.min);
  });

  protected close(): void {
    this.ref.close({ reason: this.written().trim() });
  }
}
