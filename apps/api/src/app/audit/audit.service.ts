import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@prgauge/contracts';
import { EntityManager, type ObjectLiteral } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditEntry, FieldChange } from './audit-entry.entity';

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

  /** `record` for many facts of one actor, in one statement (a large import writes an entry per submission). */
  async recordAll(manager: EntityManager, actor: Actor | null, facts: readonly AuditFact[]): Promise<void> {
    if (facts.length === 0) return;
    const entries = facts.map((fact) =>
      manager.create(AuditEntry, {
        userId: actor?.user.id ?? null,
        userLogin: actor?.user.login ?? 'system',
        regionId: fact.regionId ?? actor?.user.regionId ?? null,
        agencyId: fact.agencyId ?? null,
        cycleId: fact.cycleId ?? null,
        action: fact.action,
        entity: fact.entity,
        entityId: fact.entityId ?? null,
        changes: fact.changes ?? [],
        reason: fact.reason ?? null,
        requestId: actor?.requestId ?? 'system',
        ip: actor?.ip ?? null,
      }),
    );
    // As plain objects: the typed entity's recursive JSON column is too deep for the insert's own typing.
    const rows: ObjectLiteral[] = entries;
    await manager.createQueryBuilder().insert().into(AuditEntry).values(rows).execute();
  }
}
