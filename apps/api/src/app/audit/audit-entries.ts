import type { AuditEntryView, Page } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { pageOf, pageRowsOf, type PageWindow } from '../common/paging';
import { AuditEntry, type FieldChange } from './audit-entry.entity';

/** Which entries of the trail to read: every criterion given narrows; `from` and `to` are instants, inclusive. */
export interface AuditEntryCriteria {
  regionId?: string;
  agencyId?: string;
  userId?: string;
  cycleId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Only entries older than this id, so a client can pin its pages while new entries are written. */
  before?: string;
}

/** The criteria with an index ending on `id` (`audit_entry_*_newest`), narrowest first. */
const NARROWEST_FIRST = [
  { criterion: 'agencyId', column: 'agency_id' },
  { criterion: 'userId', column: 'user_id' },
  { criterion: 'cycleId', column: 'cycle_id' },
  { criterion: 'regionId', column: 'region_id' },
] as const;

/** An entry as the trail holds it: the names it refers to are added by whoever shows it. */
export type AuditEntryRow = Omit<AuditEntryView, 'agencyName'>;

const toView = (e: AuditEntry): AuditEntryRow => ({ ...e, id: String(e.id), at: e.at.toISOString() });

/** One page of the trail, newest first by id (unique, so the order is total), for the audit log's search. */
export async function auditEntries(
  manager: EntityManager,
  criteria: AuditEntryCriteria,
  window: PageWindow,
): Promise<Page<AuditEntryRow>> {
  const q = manager
    .getRepository(AuditEntry)
    .createQueryBuilder('e')
    .offset(window.offset)
    .limit(window.limit);
  // The page is read newest first from the index of its narrowest criterion (`audit_entry_*_newest`), ordered
  // by that criterion and then id. Written as `= ANY` of one value, the criterion stays part of the order;
  // as an equality the planner drops it as constant and may walk the primary key backwards through every
  // region's entries, filtering, which costs the whole trail when the region's newest entries are old.
  const leading = NARROWEST_FIRST.find((c) => criteria[c.criterion]);
  for (const { criterion, column } of NARROWEST_FIRST) {
    const value = criteria[criterion];
    if (!value) continue;
    if (criterion === leading?.criterion) q.andWhere(`e.${column} = ANY(:leading)`, { leading: [value] });
    else q.andWhere(`e.${column} = :${criterion}`, { [criterion]: value });
  }
  if (leading) q.orderBy(`e.${leading.criterion}`, 'DESC');
  q.addOrderBy('e.id', 'DESC');
  if (criteria.action) q.andWhere('e.action = :action', { action: criteria.action });
  if (criteria.from) q.andWhere('e.at >= :from', { from: criteria.from });
  if (criteria.to) q.andWhere('e.at <= :to', { to: criteria.to });
  if (criteria.before) q.andWhere('e.id < :before', { before: criteria.before });
  const [entries, total] = await pageRowsOf(manager, q, window);
  return pageOf(entries.map(toView), total, window);
}

/** One audited change that carried a reason: when, which fields from what to what, and why. */
export interface ReasonedChange {
  entityId: string;
  at: Date;
  changes: FieldChange[];
  reason: string;
}

/**
 * The audited changes of one kind (`action`) to these records (`entity`, `entityIds`) that carried a reason,
 * oldest first: for pages that show why a record changed (a contest's date moves). No ids ask nothing.
 */
export async function reasonedChangesOf(
  manager: EntityManager,
  entity: string,
  entityIds: readonly string[],
  action: string,
): Promise<ReasonedChange[]> {
  if (entityIds.length === 0) return [];
  const entries = await manager
    .getRepository(AuditEntry)
    .createQueryBuilder('e')
    .where('e.entity = :entity AND e.action = :action AND e.entity_id IN (:...ids)', {
      entity,
      action,
      ids: [...entityIds],
    })
    .andWhere('e.reason IS NOT NULL')
    .orderBy('e.id', 'ASC')
    .getMany();
  return entries.map((e) => ({
    entityId: e.entityId ?? '',
    at: e.at,
    changes: e.changes,
    reason: e.reason ?? '',
  }));
}
