import type { LocalizedText } from './locale';
import type { PageQuery } from './page';

/** One field of a record before and after a write. */
export interface AuditFieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** One entry of the append-only audit trail. */
export interface AuditEntryView {
  /** Increasing; pass the last one as `before` to read the next page. */
  id: string;
  at: string;
  userId: string | null;
  userLogin: string | null;
  regionId: string | null;
  agencyId: string | null;
  /** The name of the agency `agencyId`, as it is now (retired agencies too), so a page shows it without a lookup. */
  agencyName: LocalizedText | null;
  cycleId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: AuditFieldChange[];
  reason: string | null;
  requestId: string | null;
  ip: string | null;
}

/** A search of the trail, newest first; paged like every growing list. */
export interface AuditQuery extends PageQuery {
  /** National admins only; a director always searches their own region. */
  regionId?: string;
  agencyId?: string;
  userId?: string;
  cycleId?: string;
  /** ISO date or date-time, inclusive. */
  from?: string;
  /** ISO date (the whole day is included) or date-time. */
  to?: string;
  action?: string;
  /**
   * Only entries with a smaller id than this. A client that pages through a trail still being written keeps the
   * newest id it saw first (plus one) here, so that new entries do not shift its pages.
   */
  before?: string;
}
