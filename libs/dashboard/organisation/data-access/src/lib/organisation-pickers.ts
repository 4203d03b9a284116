import { inject, Injectable } from '@angular/core';
import type { AccountView, AgencyView, LocalizedText } from '@prgauge/contracts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { RefusalText } from '@prgauge/dashboard-shared-i18n';
import type { AccountListFilter, AgencyListFilter } from './list-filters';
import { OrganisationApi } from './organisation.api';

/** A record as a picker offers it: its name, and the code or login that tells two equal names apart. */
export interface PickedRecord {
  id: string;
  name: LocalizedText | string;
  detail: string;
}

const agencyRecord = (a: AgencyView): PickedRecord => ({ id: a.id, name: a.name, detail: a.code });
const accountRecord = (u: AccountView): PickedRecord => ({ id: u.id, name: u.displayName, detail: u.login });

/**
 * The searches and look-ups behind the pickers of agencies and accounts that span an installation: the first
 * matches of a text from the server, and the one record a kept choice names. Functions, to bind as they are.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationPickers {
  private readonly api = inject(OrganisationApi);
  private readonly refusals = inject(RefusalText);

  /** Why a search or look-up failed (403, the server out of reach), in the reader's language. */
  readonly refusalOf = (error: unknown): string => this.refusals.summary(apiProblemOf(error));

  /** The first agencies the caller may see whose code or name holds `text`, narrowed by `filter`. */
  readonly agencies = async (text: string, filter: AgencyListFilter = {}): Promise<PickedRecord[]> =>
    (await this.api.matchingAgencies(text, filter)).map(agencyRecord);

  readonly agency = async (agencyId: string): Promise<PickedRecord> =>
    agencyRecord(await this.api.agency(agencyId));

  /** The first accounts the caller may see whose login or name holds `text`, narrowed by `filter`. */
  readonly accounts = async (text: string, filter: AccountListFilter = {}): Promise<PickedRecord[]> =>
    (await this.api.matchingAccounts(text, filter)).map(accountRecord);

  readonly account = async (userId: string): Promise<PickedRecord> =>
    accountRecord(await this.api.account(userId));
}
