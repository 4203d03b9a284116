import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { apiProblemOf, landingFor, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { formatNumber, LocaleStore, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { safeReturn } from './safe-return';
import { waitMinutes } from './wait-minutes';

/** Sign-in with a login and password; on success each role lands where its work is. */
@Component({
  selector: 'pr-sign-in-page',
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
  templateUrl: './sign-in-page.html',
  styleUrl: './auth-card.scss',
})
export class SignInPage {
  /** `?returnTo=` when a page sent the person here. */
  readonly returnTo = input<string>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly form = new FormGroup({
    login: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  private readonly locale = inject(LocaleStore).locale;
  protected readonly busy = signal(false);
  protected readonly error = signal<'credentials' | 'throttled' | 'network' | null>(null);
  /** While throttled: how long to wait, in whole minutes, in the reader's digits. */
  private readonly wait = signal(1);
  protected readonly waitParams = computed(() => ({ minutes: formatNumber(this.locale(), this.wait()) }));

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const { login, password } = this.form.getRawValue();
      const user = await this.session.signIn(login, password);
      // A one-time password must be replaced first; the page asked for comes after that, from the landing.
      const next = user.passwordChangeRequired
        ? '/password'
        : (safeReturn(this.returnTo()) ?? landingFor(user));
      await this.router.navigateByUrl(next);
    } catch (error) {
      // The API answers an unknown login exactly as a known one, so this says nothing about whether it exists.
      const problem = apiProblemOf(error);
      const status = problem.status;
      if (status === 429) this.wait.set(waitMinutes(problem.params['retryAfter']));
      this.error.set(
        status === 429 ? 'throttled' : status === 0 || status >= 500 ? 'network' : 'credentials',
      );
    } finally {
      this.busy.set(false);
    }
  }
}
