import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LIMITS } from '@prgauge/contracts';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  formatNumber,
  LocaleStore,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { passwordRefusal, type PasswordField, type PasswordRefusal } from './password-refusal';

/** The new password typed twice must match; the error sits on the group and shows under the second field. */
function sameNewPassword(group: AbstractControl): ValidationErrors | null {
  const { newPassword, repeat } = group.value as { newPassword: string; repeat: string };
  return repeat && newPassword !== repeat ? { mismatch: true } : null;
}

/**
 * Current password, new password twice; with `resetToken` (from an emailed link), the new password alone. The
 * length limits are the API's (`LIMITS.password`); whether the new password is too easy to guess only the API
 * knows, and its refusals show beside the fields they concern. Emits `changed` once the API has accepted it.
 */
@Component({
  selector: 'pr-password-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-form.html',
  styleUrl: './password-form.scss',
})
export class PasswordForm {
  /** Whether the current password is a one-time one, which the first field then names. */
  readonly oneTime = input(false);
  /** Whether a Cancel button is shown (in the dialog; the forced screen has no way around). */
  readonly cancellable = input(false);
  /** The token of an emailed reset link: the password is then set with it, without the current one. */
  readonly resetToken = input<string | null>(null);
  readonly changed = output<void>();
  readonly cancelled = output<void>();

  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);
  private readonly texts = inject(TranslationService);

  protected readonly limits = LIMITS.password;
  private readonly locale = inject(LocaleStore).locale;
  /** The length limits in the reader's digits. */
  protected readonly lengths = computed(() => ({
    min: formatNumber(this.locale(), this.limits.min),
    max: formatNumber(this.locale(), this.limits.max),
  }));
  private readonly password = () =>
    new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(this.limits.min),
        Validators.maxLength(this.limits.max),
      ],
    });
  protected readonly form = new FormGroup(
    {
      currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      newPassword: this.password(),
      repeat: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: sameNewPassword },
  );
  protected readonly login = computed(() => this.session.user()?.login ?? '');
  protected readonly busy = signal(false);
  /** The API's last refusal: texts per field, and one for the form when it concerns no field. */
  protected readonly refusal = signal<PasswordRefusal>({ fields: {}, summary: null });

  constructor() {
    // A reset link stands in for the current password, which the person no longer knows.
    effect(() => {
      const current = this.form.controls.currentPassword;
      if (this.resetToken()) current.disable();
      else current.enable();
    });
    // A refusal concerns what was sent: once the person edits a field, its refusal no longer applies.
    for (const name of ['currentPassword', 'newPassword'] as const)
      this.form.controls[name].valueChanges.subscribe(() =>
        this.refusal.update((r) => ({ ...r, fields: { ...r.fields, [name]: undefined } })),
      );
  }

  /** The refusal texts for one field. */
  protected refused(field: PasswordField): readonly string[] {
    return this.refusal().fields[field] ?? [];
  }

  /** What the client itself finds wrong with a password field, as a dictionary text. */
  protected localProblem(name: 'currentPassword' | 'newPassword'): string | null {
    const control = this.form.controls[name];
    if (!control.touched || control.valid) return null;
    if (control.hasError('required')) return this.texts.t('password.required');
    if (control.hasError('minlength')) return this.texts.t('password.tooShort', { min: this.lengths().min });
    return this.texts.t('password.tooLong', { max: this.lengths().max });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.refusal.set({ fields: {}, summary: null });
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      const token = this.resetToken();
      if (token) await this.session.completePasswordReset(token, newPassword);
      else await this.session.changePassword(currentPassword, newPassword);
      this.form.reset();
      this.changed.emit();
    } catch (error) {
      this.refusal.set(passwordRefusal(apiProblemOf(error), this.refusals));
    } finally {
      this.busy.set(false);
    }
  }
}
