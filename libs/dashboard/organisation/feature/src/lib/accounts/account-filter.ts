import { PAGE_SIZE, ROLES, type Role } from '@prgauge/contracts';
import type { AccountListFilter } from '@prgauge/dashboard-organisation-data-access';
import { offsetOf } from '../agencies/agency-filter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Accounts per page. */
export const ACCOUNT_PAGE_SIZE = PAGE_SIZE.default;

/** The list's filters as the address carries them; all optional. */
export interface AccountAddress {
  search?: string;
  role?: string;
  region?: string;
  agency?: string;
  offset?: string;
}

export interface AccountQuery {
  filter: AccountListFilter;
  limit: number;
  offset: number;
}

const isRole = (value: string | undefined): value is Role =>
  (ROLES as readonly string[]).includes(value ?? '');
const id = (value: string | undefined) => (value && UUID.test(value) ? value : undefined);

/** The API query for what the address says; what a hand-edited address could break the list with is dropped. */
export function accountQueryOf(address: AccountAddress): AccountQuery {
  return {
    filter: {
      search: address.search?.trim().slice(0, 100) || undefined,
      role: isRole(address.role) ? address.role : undefined,
      regionId: id(address.region),
      agencyId: id(address.agency),
    },
    limit: ACCOUNT_PAGE_SIZE,
    offset: offsetOf(address.offset),
  };
}
