import { EntityManager, In } from 'typeorm';
import { ScoreSheet } from './jury.entities';

/**
 * Every scoring sheet given in the nominations, for the results module, which ranks them; no nominations
 * ask the database nothing.
 */
export async function sheetsOfNominations(
  manager: EntityManager,
  nominationIds: readonly string[],
): Promise<ScoreSheet[]> {
  return nominationIds.length ? manager.findBy(ScoreSheet, { nominationId: In([...nominationIds]) }) : [];
}
