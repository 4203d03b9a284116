import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { PasswordForm } from '../password/password-form';

/**
 * Where an emailed reset link lands (`/reset-password?token=…`): a new password, typed twice. An ended link
 * (used, replaced, expired) is refused by the API in the reader's language, with a way to ask for a new one.
 */
@Component({
  selector: 'pr-reset-password-page',
  imports: [MatButtonModule, PasswordForm, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-card">
      <h1>{{ 'reset.complete.title' | t }}</h1>
      @if (done()) {
        <p role="status">{{ 'reset.complete.done' | t }}</p>
        <div class="actions">
          <a mat-flat-button routerLink="/sign-in">{{ 'reset.complete.signIn' | t }}</a>
        </div>
      } @else if (token()) {
        <p class="lead">{{ 'reset.complete.lead' | t }}</p>
        <pr-password-form [resetToken]="token() ?? null" (changed)="changed()" />
        <p class="muted">
          <a routerLink="/forgot-password">{{ 'reset.complete.newLink' | t }}</a>
        </p>
      } @else {
        <p class="error" role="alert">{{ 'error.auth.reset_link_unknown' | t }}</p>
        <div class="actions">
          <a mat-flat-button routerLink="/forgot-password">{{ 'reset.complete.newLink' | t }}</a>
        </div>
      }
    </section>
  `,
  styleUrl: '../auth-card.scss',
})
export class ResetPasswordPage {
  /** `?token=` of the emailed link. */
  readonly token = input<string>();

  private readonly session = inject(SessionStore);
  protected readonly done = signal(false);

  /** The password is set and the account's sessions ended, this browser's included if it was signed in. */
  protected async changed(): Promise<void> {
    this.done.set(true);
    await this.session.refresh();
  }
}
