import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LIMITS } from '@prgauge/contracts';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * One's own account: who one is signed in as, and the email address notifications and password-reset links go
 * to, which each person sets (or removes) themselves. The API checks the address; its refusal shows under it.
 */
@Component({
  selector: 'pr-own-account-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './own-account-page.html',
  styleUrl: './own-account-page.scss',
})
export class OwnAccountPage {
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);

  protected readonly maxLength = LIMITS.email.max;
  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.email, Validators.maxLength(LIMITS.email.max)],
  });
  protected readonly account = resource({
    params: () => this.session.user()?.id,
    loader: async () => {
      const own = await this.session.ownAccount();
      // Silently: filling the field in is not an edit, and must not hide what the last save said.
      this.email.reset(own.email ?? '', { emitEvent: false });
      return own;
    },
  });
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly refusal = signal<string | null>(null);

  constructor() {
    this.email.valueChanges.subscribe(() => {
      this.saved.set(false);
      this.refusal.set(null);
    });
  }

  /** Saves the address typed; an empty field removes it. */
  protected async save(): Promise<void> {
    if (this.email.invalid) {
      this.email.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const own = await this.session.saveOwnEmail(this.email.value.trim() || null);
      this.email.reset(own.email ?? '', { emitEvent: false });
      this.saved.set(true);
    } catch (error) {
      const problem = apiProblemOf(error);
      const about = problem.details.find((d) => d.field === 'email');
      this.refusal.set(about ? this.refusals.field(about) : this.refusals.summary(problem));
    } finally {
      this.busy.set(false);
    }
  }
}
