import { PAGE_OFFSET_MAX, PAGE_SIZE, type AuditEntryView, type AuditQuery } from '@prgauge/contracts';

/** Entries per page. */
export const AUDIT_PAGE_SIZE = PAGE_SIZE.default;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ENTRY_ID = /^[1-9]\d{0,17}$/;
const OFFSET = /^\d{1,10}$/;

/** The filters as the address carries them, so that a view can be shared; all optional. */
export interface AuditAddress {
  agency?: string;
  user?: string;
  cycle?: string;
  from?: string;
  to?: string;
  /** Only entries older than this id: set when leaving the newest page, so new entries do not shift the pages. */
  before?: string;
  /** The first entry of the page on screen, counted from the newest. */
  offset?: string;
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
    offset: offsetOf(address.offset),
  };
}

function offsetOf(text: string | undefined): number {
  const offset = text && OFFSET.test(text) ? Number(text) : 0;
  return offset <= PAGE_OFFSET_MAX ? offset : 0;
}

/**
 * The `before` that pins the pages to the trail as it stood when the newest page was read: one past the newest
 * entry's id (ids are decimal integers of up to 18 digits, so exact as BigInt). Kept once set.
 */
export function pinnedBefore(
  current: string | undefined,
  newest: AuditEntryView | undefined,
): string | undefined {
  if (current || !newest) return current;
  return String(BigInt(newest.id) + BigInt(1));
}
