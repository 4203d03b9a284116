import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { landingFor, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { PasswordForm } from './password-form';

/**
 * Where a person who signed in with a one-time password is held until they choose their own (the route guard
 * `passwordChangeFirst` sends every other address here); afterwards they go on to their first page.
 */
@Component({
  selector: 'pr-password-page',
  imports: [PasswordForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="password">
      <h1>{{ 'password.forced.title' | t }}</h1>
      <p class="lead">{{ 'password.forced.lead' | t }}</p>
      <pr-password-form [oneTime]="true" (changed)="continue()" />
    </section>
  `,
  styles: `
    .password {
      max-inline-size: 440px;
      margin-inline: auto;
      padding-block: 16px;
    }

    .lead {
      margin-block-end: 24px;
    }
  `,
})
export class PasswordPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected async continue(): Promise<void> {
    await this.router.navigateByUrl(landingFor(this.session.user()));
  }
}
