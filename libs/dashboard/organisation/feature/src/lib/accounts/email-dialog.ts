import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import type { AccountView } from '@prgauge/contracts';
import { OrganisationAdminApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { failureOf, serverFieldProblems, type Failure, type FieldProblems } from '../shared/field-problems';
import { emailProblems } from './account-form-model';
import { EmailField } from './email-field';

/**
 * Changes, or with an empty field removes, the address of someone's account, at the version the list showed
 * (a stale one is refused and said so). Closes with the account as saved.
 */
@Component({
  selector: 'pr-email-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe, EmailField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'org.email.title' | t: { login: account.login } }}</h2>
    <form (submit)="$event.preventDefault(); save()" novalidate>
      <mat-dialog-content>
        <p>{{ 'org.email.lead' | t }}</p>
        <pr-email-field
          errorsId="email-dialog-errors"
          [value]="email()"
          [problems]="problems()['email']"
          (changed)="edit($event)"
        />
        @if (failure(); as f) {
          <div class="error" role="alert">
            <p>
              <strong>{{ f.kind | t }}</strong>
            </p>
            @if (f.reason) {
              <p>{{ f.reason }}</p>
            }
          </div>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'org.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'org.email.save' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .error {
      color: #b3261e;
    }
  `,
})
export class EmailDialog {
  protected readonly account = inject<AccountView>(MAT_DIALOG_DATA);
  private readonly dialog = inject(MatDialogRef<EmailDialog, AccountView>);
  private readonly api = inject(OrganisationAdminApi);
  private readonly refusals = inject(RefusalText);

  protected readonly email = signal(this.account.email ?? '');
  private readonly tried = signal(false);
  private readonly serverProblems = signal<FieldProblems>({});
  protected readonly problems = computed<FieldProblems>(() => {
    const own = this.tried() ? emailProblems(this.email()) : [];
    return { ...(own.length ? { email: own } : {}), ...this.serverProblems() };
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  protected edit(email: string): void {
    this.email.set(email);
    this.serverProblems.set({});
  }

  protected async save(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (emailProblems(this.email()).length) return;
    this.saving.set(true);
    try {
      const email = this.email().trim() || null;
      this.dialog.close(
        await this.api.updateAccount(this.account.id, { version: this.account.version, email }),
      );
    } catch (error) {
      const problem = apiProblemOf(error);
      const fields = serverFieldProblems(problem, this.refusals);
      this.serverProblems.set(fields);
      if (!fields['email']) this.failure.set(failureOf(problem, this.refusals));
    } finally {
      this.saving.set(false);
    }
  }
}
