import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import type { AccountView, CommitteeView, RegionView } from '@prgauge/contracts';
import { CommitteesApi } from '@prgauge/dashboard-committees-data-access';
import {
  OrganisationAdminApi,
  OrganisationApi,
  OrganisationPickers,
} from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf, readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { SearchPicker } from '@prgauge/dashboard-shared-pickers';
import { inputValue, Pager, ReadFailed, windowOf } from '@prgauge/dashboard-shared-ui';
import { failureOf, type Failure } from '../shared/field-problems';
import { SectionTabs } from '../shared/section-tabs';
import { accountQueryOf } from './account-filter';
import { AccountForm, type CreatedAccount } from './account-form';
import { picksRegion } from '../shared/national-manager';
import { rolesFor } from './account-form-model';
import { oneTimePassword } from './one-time-password';
import { EmailDialog } from './email-dialog';
import { PasswordDialog, type PasswordDialogData } from './password-dialog';

/** What the pickers and the table name accounts' scopes by; agencies are searched, and rows name their own. */
interface Lookups {
  regions: RegionView[];
  committees: CommitteeView[];
}

/**
 * The accounts of the region (of every region, for a national admin), filtered by role, region, agency and a
 * search kept in the address, a page at a time. Managers create accounts, change their email addresses, disable
 * and enable them, and reset passwords; a new one-time password is shown once.
 */
@Component({
  selector: 'pr-org-accounts-page',
  imports: [
    ReadFailed,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    LocalizedPipe,
    TranslatePipe,
    Pager,
    SearchPicker,
    SectionTabs,
    AccountForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accounts-page.html',
  styleUrl: './accounts.scss',
})
export class AccountsPage {
  protected readonly inputValue = inputValue;
  readonly search = input<string>();
  readonly role = input<string>();
  readonly region = input<string>();
  readonly agency = input<string>();
  readonly offset = input<string>();

  private readonly api = inject(OrganisationAdminApi);
  private readonly organisationApi = inject(OrganisationApi);
  protected readonly pickers = inject(OrganisationPickers);
  private readonly committeesApi = inject(CommitteesApi);
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly query = computed(() =>
    accountQueryOf({
      search: this.search(),
      role: this.role(),
      region: this.region(),
      agency: this.agency(),
      offset: this.offset(),
    }),
  );
  protected readonly accounts = resource({
    params: () => this.query(),
    loader: ({ params }) =>
      this.api.accountPage({ limit: params.limit, offset: params.offset }, params.filter),
  });
  protected readonly lookups = resource({
    params: () => this.session.user()?.id,
    loader: async (): Promise<Lookups> => {
      const [regions, committees] = await Promise.all([
        this.organisationApi.regions(),
        this.committeesApi.list(),
      ]);
      return { regions, committees };
    },
  });
  /** The regions and committees offered by the filters and the new-account form: empty choices would mislead. */
  protected readonly lookupsRefusal = readRefusal(this.lookups);

  protected readonly me = computed(() => this.session.user());
  protected readonly national = computed(() => picksRegion(this.me()?.role));
  protected readonly roles = computed(() => rolesFor(this.me()?.role));
  protected readonly mayCreate = computed(() => this.session.can('account.create'));
  /** The agency filter searches within the region filtered on, if any. */
  protected readonly agencySearch = computed(() => {
    const regionId = this.query().filter.regionId;
    return (text: string) => this.pickers.agencies(text, { regionId });
  });

  private readonly regionsById = computed(
    () =>
      new Map(
        ((this.lookups.hasValue() ? this.lookups.value() : undefined)?.regions ?? []).map((r) => [r.id, r]),
      ),
  );
  protected readonly regionOf = (id: string | null) => (id ? this.regionsById().get(id) : undefined);

  protected readonly creating = signal(false);
  protected readonly busy = signal<string | null>(null);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly windowOf = windowOf;

  protected choose(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: { ...params, offset: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected goTo(offset: number): void {
    void this.router.navigate([], { queryParams: { offset: offset || null }, queryParamsHandling: 'merge' });
  }

  protected created({ account, password }: CreatedAccount): void {
    this.creating.set(false);
    this.accounts.reload();
    this.showPassword({ login: account.login, password, created: true });
  }

  /** Disables an account (it cannot sign in and its sessions end) or enables it again. */
  protected async setActive(account: AccountView, active: boolean): Promise<void> {
    await this.act(account, () => this.api.updateAccount(account.id, { version: account.version, active }));
  }

  /** Sets a new one-time password, generated here and shown once. */
  protected async resetPassword(account: AccountView): Promise<void> {
    const password = oneTimePassword();
    if (await this.act(account, () => this.api.resetPassword(account.id, password)))
      this.showPassword({ login: account.login, password, created: false });
  }

  /** Changes or removes the account's address in a dialog, then shows the list as it now is. */
  protected changeEmail(account: AccountView): void {
    this.dialog
      // The page's injector, so that the dialog words the form's own checks as the page's forms do.
      .open(EmailDialog, { data: account, width: '32rem', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((saved?: AccountView) => {
        if (saved) this.accounts.reload();
      });
  }

  private async act(account: AccountView, change: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(account.id);
    this.failure.set(null);
    try {
      await change();
      return true;
    } catch (error) {
      this.failure.set(failureOf(apiProblemOf(error), this.refusals));
      return false;
    } finally {
      this.busy.set(null);
      this.accounts.reload();
    }
  }

  private showPassword(data: PasswordDialogData): void {
    this.dialog.open(PasswordDialog, { data, width: '32rem', maxWidth: '95vw' });
  }
}
