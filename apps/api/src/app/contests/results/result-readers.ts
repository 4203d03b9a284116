import { EntityManager } from 'typeorm';
import { ContestResult } from './contest-result.entity';

// What the other contest modules read of published results, so that only this module queries its table.

/** An application's published place in each nomination it was ranked in; none before publication. */
export async function publishedPlacesOf(
  manager: EntityManager,
  applicationId: string,
): Promise<{ nominationId: string; rank: number; winner: boolean }[]> {
  const rows = await manager.find(ContestResult, { where: { applicationId }, order: { rank: 'ASC' } });
  return rows.map((r) => ({ nominationId: r.nominationId, rank: r.rank, winner: r.winner }));
}
