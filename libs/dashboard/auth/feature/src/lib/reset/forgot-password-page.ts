import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { LIMITS } from '@prgauge/contracts';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { formatNumber, LocaleStore, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * "Forgot your password?": asks for a login or address and says a link is on its way. The API answers alike
 * whether or not an account matches, and so does this page: it never says whether one was found.
 */
@Component({
  selector: 'pr-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password-page.html',
  styleUrl: '../auth-card.scss',
})
export class ForgotPasswordPage {
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);
  private readonly locale = inject(LocaleStore).locale;

  protected readonly maxLength = LIMITS.email.max;
  protected readonly loginOrEmail = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(LIMITS.email.max)],
  });
  protected readonly busy = signal(false);
  /** Minutes a link works, once the API has accepted the request. */
  private readonly validFor = signal<number | null>(null);
  protected readonly sent = computed(() => this.validFor() !== null);
  protected readonly sentParams = computed(() => ({
    minutes: formatNumber(this.locale(), this.validFor() ?? 0),
  }));
  protected readonly refusal = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.loginOrEmail.invalid) {
      this.loginOrEmail.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.refusal.set(null);
    try {
      const accepted = await this.session.requestPasswordReset(this.loginOrEmail.value.trim());
      this.validFor.set(accepted.validForMinutes);
    } catch (error) {
      this.refusal.set(this.refusals.summary(apiProblemOf(error)));
    } finally {
      this.busy.set(false);
    }
  }

  /** Back to the form, to ask again for another login or address. */
  protected again(): void {
    this.validFor.set(null);
    this.loginOrEmail.reset();
  }
}
