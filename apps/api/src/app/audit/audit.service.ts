import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { SqlStatement } from '../common/sql-statement';
import type { FieldChange } from './audit-entry.entity';

export interface AuditFact {
  /** One of the contracts' `AUDIT_ACTIONS`, so the dashboard can name it in every language. */
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  regionId?: string | null;
  agencyId?: string | null;
  cycleId?: string | null;
  changes?: FieldChange[];
  reason?: string | null;
}

/** Writes the trail inside the caller's transaction, so an entry exists exactly when its change does. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Actor | null, fact: AuditFact): Promise<void> {
    await this.recordAll(manager, actor, [fact]);
  }

  /**
   * `record` for many facts of one actor, in one statement (a large import writes an entry per submission): the
   * entries go to the server as one JSON document, which costs far less to send than a parameter per column of
   * every row.
   */
  async recordAll(manager: EntityManager, actor: Actor | null, facts: readonly AuditFact[]): Promise<void> {
    const statement = this.recordAllStatement(actor, facts);
    if (statement) await manager.query(statement.sql, statement.parameters);
  }

  /**
   * The statement `recordAll` sends, built in full (null for no facts): for a caller that prepares its writes
   * before sending any of them.
   */
  recordAllStatement(actor: Actor | null, facts: readonly AuditFact[]): SqlStatement | null {
    if (facts.length === 0) return null;
    const rows = facts.map((fact) => ({
      region_id: fact.regionId ?? actor?.user.regionId ?? null,
      agency_id: fact.agencyId ?? null,
      cycle_id: fact.cycleId ?? null,
      action: fact.action,
      entity: fact.entity,
      entity_id: fact.entityId ?? null,
      changes: fact.changes ?? [],
      reason: fact.reason ?? null,
    }));
    return {
      sql: `INSERT INTO audit_entry
         (user_id, user_login, region_id, agency_id, cycle_id, action, entity, entity_id, changes, reason, request_id, ip)
       SELECT $2::uuid, $3, region_id, agency_id, cycle_id, action, entity, entity_id, changes, reason, $4, $5
         FROM json_to_recordset($1::json) AS t(region_id uuid, agency_id uuid, cycle_id uuid, action text,
                                               entity text, entity_id text, changes jsonb, reason text)`,
      parameters: [
        JSON.stringify(rows),
        actor?.user.id ?? null,
        actor?.user.login ?? 'system',
        actor?.requestId ?? 'system',
        actor?.ip ?? null,
      ],
    };
  }
}
