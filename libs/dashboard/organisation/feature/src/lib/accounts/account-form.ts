import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  LIMITS,
  LOCALES,
  type AccountView,
  type CommitteeView,
  type RegionView,
  type Role,
} from '@prgauge/contracts';
import { CommitteesApi } from '@prgauge/dashboard-committees-data-access';
import { OrganisationAdminApi, OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf, readRefusal } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { FieldErrors, inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import {
  failureOf,
  serverFieldProblems,
  withoutFields,
  type Failure,
  type FieldProblems,
} from '../shared/field-problems';
import {
  accountFormProblems,
  createAccountRequestOf,
  emptyAccountForm,
  patchAccountForm,
  rolesFor,
  scopeOf,
  type AccountFormValue,
} from './account-form-model';
import { EmailField } from './email-field';
import { oneTimePassword } from './one-time-password';

/** A new account and the one-time password it was given, to be shown once. */
export interface CreatedAccount {
  account: AccountView;
  password: string;
}

/**
 * Creates an account with its role, scope (region, agency or committee seat, as the role needs) and language,
 * and a one-time password generated here, handed back to be shown once.
 */
@Component({
  selector: 'pr-account-form',
  imports: [
    ReadFailed,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LocalizedPipe,
    TranslatePipe,
    FieldErrors,
    EmailField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-form.html',
  styleUrl: './accounts.scss',
})
export class AccountForm {
  protected readonly inputValue = inputValue;
  readonly managerRole = input<Role | undefined>();
  readonly ownRegionId = input<string | null>(null);
  readonly regions = input<RegionView[]>([]);
  readonly committees = input<CommitteeView[]>([]);
  readonly created = output<CreatedAccount>();
  readonly cancelled = output<void>();

  private readonly api = inject(OrganisationAdminApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly committeesApi = inject(CommitteesApi);
  private readonly refusals = inject(RefusalText);

  protected readonly locales = LOCALES;
  protected readonly limits = LIMITS;
  protected readonly value = signal<AccountFormValue>(emptyAccountForm());
  protected readonly roles = computed(() => rolesFor(this.managerRole()));
  protected readonly scope = computed(() => scopeOf(this.value().role, this.managerRole()));
  /** The region whose agencies and committees are offered: the one picked, or the director's own. */
  private readonly regionId = computed(() => this.value().regionId || this.ownRegionId());
  protected readonly agencies = resource({
    params: () => this.regionId() || undefined,
    loader: ({ params }) => this.organisation.regionAgencies(params),
  });
  /** An empty choice of agencies would read as "the region has no agencies". */
  protected readonly agenciesRefusal = readRefusal(this.agencies);
  protected readonly regionAgencies = computed(() =>
    (this.agencies.hasValue() ? this.agencies.value() : []).filter((a) => a.active),
  );
  protected readonly regionCommittees = computed(() =>
    this.committees().filter((c) => c.regionId === this.regionId()),
  );
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly serverProblems = signal<FieldProblems>({});
  protected readonly failure = signal<Failure | null>(null);

  private readonly ownProblems = computed(() => accountFormProblems(this.value(), this.managerRole()));
  protected readonly problems = computed<FieldProblems>(() => ({
    ...(this.tried() ? this.ownProblems() : {}),
    ...this.serverProblems(),
  }));

  protected patch(change: Partial<AccountFormValue>): void {
    this.value.set(patchAccountForm(this.value(), change));
    this.serverProblems.update((p) => withoutFields(p, Object.keys(change)));
  }

  protected async create(): Promise<void> {
    this.tried.set(true);
    this.failure.set(null);
    if (Object.keys(this.ownProblems()).length) return;
    this.saving.set(true);
    const password = oneTimePassword();
    const value = this.value();
    try {
      const account = await this.api.createAccount(
        createAccountRequestOf(value, this.managerRole(), password),
      );
      this.value.set(emptyAccountForm(value.locale));
      this.tried.set(false);
      // The account exists now: its password is shown even if the seat below is refused.
      this.created.emit({ account, password });
      if (value.committeeId) await this.committeesApi.addMember(value.committeeId, { userId: account.id });
    } catch (error) {
      const problem = apiProblemOf(error);
      this.serverProblems.set(serverFieldProblems(problem, this.refusals));
      this.failure.set(failureOf(problem, this.refusals));
    } finally {
      this.saving.set(false);
    }
  }
}
