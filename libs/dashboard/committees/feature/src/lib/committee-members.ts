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
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  COMMITTEE_MEMBER_ROLES,
  LIMITS,
  type CommitteeMemberRole,
  type CommitteeView,
} from '@prgauge/contracts';
import { CommitteesApi } from '@prgauge/dashboard-committees-data-access';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { committeeFieldLabels } from './field-labels';
import { readRefusal, WriteState } from '@prgauge/dashboard-shared-data-access';

/** Who sits on a committee; a director seats accounts of the region or outside people, and unseats them. */
@Component({
  selector: 'pr-committee-members',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReadFailed,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './committee-members.html',
  styleUrl: './committees.scss',
})
export class CommitteeMembers {
  protected readonly inputValue = inputValue;
  readonly committee = input.required<CommitteeView>();
  readonly editable = input(false);
  /** The committee as the API answered a change. */
  readonly changed = output<CommitteeView>();

  private readonly api = inject(CommitteesApi);
  private readonly organisation = inject(OrganisationApi);
  protected readonly roles = COMMITTEE_MEMBER_ROLES;

  /** The committee's region's accounts: a committee seats no one from elsewhere. */
  protected readonly accounts = resource({
    params: () => (this.editable() ? this.committee().regionId : undefined),
    loader: ({ params }) => this.organisation.regionAccounts(params),
  });
  /** An empty choice of accounts would read as "the region has no one to seat". */
  protected readonly accountsRefusal = readRefusal(this.accounts);
  /** Accounts not yet on the committee. */
  protected readonly seatable = computed(() => {
    const seated = new Set(this.committee().members.map((m) => m.userId));
    return (this.accounts.hasValue() ? this.accounts.value() : []).filter(
      (a) => a.active && !seated.has(a.id),
    );
  });

  protected readonly limits = LIMITS;
  protected readonly who = signal<'account' | 'person'>('account');
  protected readonly userId = signal('');
  protected readonly personName = signal('');
  protected readonly affiliation = signal('');
  protected readonly role = signal<CommitteeMemberRole>('member');
  protected readonly write = new WriteState(committeeFieldLabels());

  protected readonly ready = computed(() =>
    this.who() === 'account'
      ? this.userId() !== ''
      : this.personName().trim().length >= LIMITS.personName.min,
  );

  protected async add(): Promise<void> {
    if (!this.ready()) return;
    const person = this.who() === 'person';
    const changed = await this.seat(() =>
      this.api.addMember(this.committee().id, {
        ...(person
          ? { personName: this.personName().trim(), affiliation: this.affiliation().trim() || undefined }
          : { userId: this.userId() }),
        role: this.role(),
      }),
    );
    if (changed) {
      this.userId.set('');
      this.personName.set('');
      this.affiliation.set('');
      this.role.set('member');
    }
  }

  protected remove(memberId: string): Promise<boolean> {
    return this.seat(() => this.api.removeMember(this.committee().id, memberId));
  }

  /** Writes a change of membership and hands the committee the API answered to the page. */
  private seat(call: () => Promise<CommitteeView>): Promise<boolean> {
    return this.write.run(async () => this.changed.emit(await call()));
  }
}
