import type { CommitteeKind, SessionUser } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';

/** What the committees a person sits on make them responsible for, within one region. */
export interface CommitteeDuties {
  kinds: Set<CommitteeKind>;
  /** Framework index keys their committees review. */
  indices: Set<string>;
}

/** The duties of the user's seats on committees of the region. */
export async function committeeDuties(
  manager: EntityManager,
  user: SessionUser,
  regionId: string,
): Promise<CommitteeDuties> {
  const rows: { kind: CommitteeKind; indices: string[] }[] = await manager.query(
    `SELECT c.kind, c.indices FROM committee c JOIN committee_member m ON m.committee_id = c.id
      WHERE m.user_id = $1 AND c.region_id = $2`,
    [user.id, regionId],
  );
  return {
    kinds: new Set(rows.map((r) => r.kind)),
    indices: new Set(rows.flatMap((r) => r.indices)),
  };
}
