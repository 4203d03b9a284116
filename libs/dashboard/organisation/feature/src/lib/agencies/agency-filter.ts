import { PAGE_OFFSET_MAX, PAGE_SIZE } from '@prgauge/contracts';
import type { AgencyListFilter } from '@prgauge/dashboard-organisation-data-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OFFSET = /^\d{1,10}$/;

/** Agencies per page. */
export const AGENCY_PAGE_SIZE = PAGE_SIZE.default;

/** Which agencies the list shows by state. */
export type AgencyState = 'active' | 'retired' | 'all';

/** The list's filters as the address carries them, so a view can be shared or reloaded; all optional. */
export interface AgencyAddress {
  search?: string;
  state?: string;
  region?: string;
  offset?: string;
}

/** What the address asks the API for, a page at a time. */
export interface AgencyQuery {
  filter: AgencyListFilter;
  state: AgencyState;
  limit: number;
  offset: number;
}

/** The page's first row from the address, or 0 where a hand-edited address names none the API would take. */
export function offsetOf(text: string | undefined): number {
  if (!text || !OFFSET.test(text)) return 0;
  return Math.min(Number(text), PAGE_OFFSET_MAX);
}

/**
 * The API query for what the address says: active agencies unless it asks for retired ones or all; values a
 * hand-edited address could break the list with are dropped rather than refused.
 */
export function agencyQueryOf(address: AgencyAddress): AgencyQuery {
  const state: AgencyState =
    address.state === 'retired' || address.state === 'all' ? address.state : 'active';
  const search = address.search?.trim().slice(0, 100) || undefined;
  return {
    state,
    filter: {
      search,
      regionId: address.region && UUID.test(address.region) ? address.region : undefined,
      active: state === 'all' ? undefined : state === 'active',
    },
    limit: AGENCY_PAGE_SIZE,
    offset: offsetOf(address.offset),
  };
}
