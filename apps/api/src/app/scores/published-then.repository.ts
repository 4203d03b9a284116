import { Injectable } from '@nestjs/common';
import type { PublishedThen } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { PublishedThenRow } from './published-then.entity';

/** The figures a directorate published at the time for a cycle of imported history, by agency. */
@Injectable()
export class PublishedThenRepository {
  /** Total and rank per agency id; empty for a cycle without them. */
  async byAgency(manager: EntityManager, cycleId: string): Promise<Map<string, PublishedThen>> {
    const rows = await manager.find(PublishedThenRow, { where: { cycleId } });
    return new Map(rows.map((r) => [r.agencyId, { total: r.total, rank: r.rank }]));
  }

  /** Replaces the cycle's figures with `rows`, inside the caller's transaction. */
  async replace(
    manager: EntityManager,
    cycleId: string,
    rows: { agencyId: string; total: number | null; rank: number | null }[],
  ): Promise<void> {
    await manager.delete(PublishedThenRow, { cycleId });
    for (let i = 0; i < rows.length; i += 500)
      await manager.insert(
        PublishedThenRow,
        rows.slice(i, i + 500).map((r) => ({ cycleId, ...r })),
      );
  }
}
