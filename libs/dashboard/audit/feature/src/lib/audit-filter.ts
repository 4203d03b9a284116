import type { AuditQuery } from '@prgauge/contracts';

/** Entries per page; the API allows up to 200. */
export const AUDIT_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ENTRY_ID = /^[1-9]\d{0,17}$/;

/** The filters as the address carries them, so that a view can be shared; all optional. */
export interface AuditAddress {
  agency?: string;
  user?: string;
  cycle?: string;
  from?: string;
  to?: string;
  before?: string;
}

const keep = (value: string | undefined, pattern: RegExp): string | undefined =>
  value && pattern.test(value) ? value : undefined;

/**
 * The API query for what the address says, dropping values a hand-edited address could break the search with,
 * rather than showing the person a refusal they did not cause.
 */
export function auditQueryOf(address: AuditAddress): AuditQuery {
  return {
    agencyId: keep(address.agency, UUID),
    userId: keep(address.user, UUID),
    cycleId: keep(address.cycle, UUID),
    from: keep(address.from, DAY),
    to: keep(address.to, DAY),
    before: keep(address.before, ENTRY_ID),
    limit: AUDIT_PAGE_SIZE,
  };
}
