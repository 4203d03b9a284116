import { ChangeDetectionStrategy, Component, inject, type Injector } from '@angular/core';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { LocaleStore, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { AUTH_TEXTS } from '../i18n/auth-texts';
import { PasswordForm } from './password-form';

/** Changing one's own password from the account menu. */
@Component({
  selector: 'pr-change-password-dialog',
  imports: [MatDialogModule, PasswordForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'password.dialog.title' | t }}</h2>
    <mat-dialog-content>
      <!-- Padded inside the scrolling area, which would otherwise clip the first field's floating label. -->
      <div class="body">
        <pr-password-form [cancellable]="true" (changed)="done()" (cancelled)="dialog.close()" />
      </div>
    </mat-dialog-content>
  `,
  styles: `
    .body {
      padding-block-start: 8px;
    }
  `,
})
export class ChangePasswordDialog {
  protected readonly dialog = inject(MatDialogRef<ChangePasswordDialog>);
  private readonly snackBar = inject(MatSnackBar);
  private readonly texts = inject(TranslationService);

  protected done(): void {
    this.dialog.close();
    this.snackBar.open(this.texts.t('password.changed'), undefined, { duration: 6000 });
  }
}

/**
 * Opens the change-password dialog. The shell calls it after loading this library on demand, so neither the
 * dialog nor its texts weigh on the first page.
 */
export function openChangePasswordDialog(injector: Injector): void {
  injector.get(TranslationService).register(AUTH_TEXTS);
  injector.get(MatDialog).open(ChangePasswordDialog, {
    width: '440px',
    maxWidth: 'calc(100vw - 32px)',
    autoFocus: 'first-tabbable',
    direction: injector.get(LocaleStore).dir(),
  });
}
