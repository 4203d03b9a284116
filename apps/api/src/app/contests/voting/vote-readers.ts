import { EntityManager, In } from 'typeorm';
import { ContestVote, ContestVoter } from './voting.entities';

// What the other contest modules read of votes, so that only this module queries its tables.

/** How many votes were cast in the nominations: the data a contest's voting phase holds. */
export async function countVotesOfNominations(
  manager: EntityManager,
  nominationIds: readonly string[],
): Promise<number> {
  return nominationIds.length ? manager.countBy(ContestVote, { nominationId: In([...nominationIds]) }) : 0;
}

/** The accounts of a contest's verified voters: those told when voting opens and closes, and of the results. */
export async function verifiedVoterAccountIds(manager: EntityManager, contestId: string): Promise<string[]> {
  const voters = await manager.find(ContestVoter, {
    select: { userId: true },
    where: { contestId, status: 'verified' },
  });
  return voters.map((v) => v.userId);
}
