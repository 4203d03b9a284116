import type { AuditAction } from '@prgauge/contracts';

/**
 * The columns of one audit entry as SQL expressions (parameters such as `$9`, or columns of the `FROM` the
 * caller gives), for a statement that writes its change and its entry at once. `changes` is a `jsonb` array
 * of `{ field, old, new }`, as `AuditService.recordAll` stores it.
 */
export interface AuditColumnsSql {
  userId: string;
  userLogin: string;
  regionId: string;
  agencyId: string;
  cycleId: string;
  entityId: string;
  changes: string;
  reason: string;
  requestId: string;
  ip: string;
}

/**
 * `INSERT INTO audit_entry … SELECT … FROM <from>`: one entry of `action` on `entity` per row of `from`, for use
 * as a data-modifying CTE. The entry holds what `AuditService.recordAll` would write for the same fact and
 * actor: the caller passes `'system'` as `requestId` and null as `userId`/`ip` where `recordAll` would.
 */
export function auditInsertSql(
  action: AuditAction,
  entity: 'submission',
  columns: AuditColumnsSql,
  from: string,
): string {
  const c = columns;
  return `INSERT INTO audit_entry (user_id, user_login, region_id, agency_id, cycle_id, action, entity, entity_id,
                                   changes, reason, request_id, ip)
          SELECT ${c.userId}, ${c.userLogin}, ${c.regionId}, ${c.agencyId}, ${c.cycleId}, '${action}', '${entity}',
                 ${c.entityId}, ${c.changes}, ${c.reason}, ${c.requestId}, ${c.ip}
            FROM ${from}`;
}
