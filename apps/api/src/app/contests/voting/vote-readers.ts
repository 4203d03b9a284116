import { EntityManager, In } from 'typeorm';
import { ContestVote } from './voting.entities';

// What the other contest modules read of votes, so that only this module queries its tables.

/** How many votes were cast in the nominations: the data a contest's voting phase holds. */
export async function countVotesOfNominations(
  manager: EntityManager,
  nominationIds: readonly string[],
): Promise<number> {
  return nominationIds.length ? manager.countBy(ContestVote, { nominationId: In([...nominationIds]) }) : 0;
}
