import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

export interface PasswordDialogData {
  login: string;
  password: string;
  /** True for a new account, false for a reset. */
  created: boolean;
}

/**
 * Shows a one-time password once, with a button that copies it. Nothing keeps it: once the dialog closes, the
 * only way to another is a new reset.
 */
@Component({
  selector: 'pr-password-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        (data.created ? 'org.password.createdTitle' : 'org.password.resetTitle') | t: { login: data.login }
      }}
    </h2>
    <mat-dialog-content>
      <p>{{ 'org.password.lead' | t }}</p>
      <p class="password">
        <output dir="ltr" aria-labelledby="password-label" id="one-time-password">{{ data.password }}</output>
        <span id="password-label" class="visually-hidden">{{ 'org.password.label' | t }}</span>
      </p>
      <p class="muted">{{ 'org.password.once' | t }}</p>
      @if (copied()) {
        <p class="notice" role="status">{{ 'org.password.copied' | t }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-stroked-button type="button" (click)="copy()">
        <mat-icon aria-hidden="true">content_copy</mat-icon>
        {{ 'org.password.copy' | t }}
      </button>
      <button mat-flat-button type="button" mat-dialog-close>{{ 'org.password.close' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .password output {
      display: inline-block;
      font-family: ui-monospace, monospace;
      font-size: 1.125rem;
      letter-spacing: 0.02em;
      white-space: nowrap;
      max-inline-size: 100%;
      overflow-x: auto;
      padding: 0.5rem 0.75rem;
      background: #f4f6fa;
      border-radius: 6px;
      user-select: all;
    }
    .muted {
      color: #5c6370;
    }
    .notice {
      color: #135a2a;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class PasswordDialog {
  protected readonly data = inject<PasswordDialogData>(MAT_DIALOG_DATA);
  protected readonly copied = signal(false);

  protected async copy(): Promise<void> {
    await navigator.clipboard.writeText(this.data.password);
    this.copied.set(true);
  }
}
