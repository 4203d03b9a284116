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

/** How many score sheets were saved in the nominations: the data a contest's judging phase holds. */
export async function countSheetsOfNominations(
  manager: EntityManager,
  nominationIds: readonly string[],
): Promise<number> {
  return nominationIds.length ? manager.countBy(ScoreSheet, { nominationId: In([...nominationIds]) }) : 0;
}
