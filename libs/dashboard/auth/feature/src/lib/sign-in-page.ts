import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { apiProblemOf, landingFor, SessionStore } from '@prgauge/dashboard-data-access';
import { TranslatePipe } from '@prgauge/dashboard-i18n';
import { safeReturn } from './safe-return';

/** Sign-in with a login and password; on success each role lands where its work is. */
@Component({
  selector: 'pr-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
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
  protected readonly busy = signal(false);
  protected readonly error = signal<'credentials' | 'tooMany' | 'network' | null>(null);

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
      await this.router.navigateByUrl(safeReturn(this.returnTo()) ?? landingFor(user));
    } catch (error) {
      const status = apiProblemOf(error).status;
      this.error.set(status === 429 ? 'tooMany' : status === 0 || status >= 500 ? 'network' : 'credentials');
    } finally {
      this.busy.set(false);
    }
  }
}
