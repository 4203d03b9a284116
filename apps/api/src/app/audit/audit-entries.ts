import type { AuditEntryView, Page } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { pageOf, type PageWindow } from '../common/paging';
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

const toView = (e: AuditEntry): AuditEntryView => ({ ...e, id: String(e.id), at: e.at.toISOString() });

/** One page of the trail, newest first by id (unique, so the order is total), for the audit log's search. */
export async function auditEntries(
  manager: EntityManager,
  criteria: AuditEntryCriteria,
  window: PageWindow,
): Promise<Page<AuditEntryView>> {
  const q = manager
    .getRepository(AuditEntry)
    .createQueryBuilder('e')
    .orderBy('e.id', 'DESC')
    .offset(window.offset)
    .limit(window.limit);
  if (criteria.regionId) q.andWhere('e.region_id = :regionId', { regionId: criteria.regionId });
  if (criteria.agencyId) q.andWhere('e.agency_id = :agencyId', { agencyId: criteria.agencyId });
  if (criteria.userId) q.andWhere('e.user_id = :userId', { userId: criteria.userId });
  if (criteria.cycleId) q.andWhere('e.cycle_id = :cycleId', { cycleId: criteria.cycleId });
  if (criteria.action) q.andWhere('e.action = :action', { action: criteria.action });
  if (criteria.from) q.andWhere('e.at >= :from', { from: criteria.from });
  if (criteria.to) q.andWhere('e.at <= :to', { to: criteria.to });
  if (criteria.before) q.andWhere('e.id < :before', { before: criteria.before });
  const [entries, total] = await q.getManyAndCount();
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
