import type { SessionUser } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { Contest } from './contest.entity';
import { ContestRecord, ContestRecordNotFoundException } from './contest-errors';

/** Organisers: a national admin anywhere, a director within one of the contest's regions. */
export function isOrganiser(user: SessionUser, contest: Contest): boolean {
  return (
    user.role === 'admin' ||
    (user.role === 'director' && user.regionId !== null && contest.regionIds.includes(user.regionId))
  );
}

/** Whether the user may see the contest at all: organisers always; the contest's regions once it is announced. */
export function canSeeContest(user: SessionUser, contest: Contest): boolean {
  if (isOrganiser(user, contest)) return true;
  return (
    contest.status === 'announced' && user.regionId !== null && contest.regionIds.includes(user.regionId)
  );
}

/**
 * Loads a contest the user may see; anything else answers 404 `record.not_found`, like a missing one, so that
 * ids of other regions cannot be probed. `notFound` names the record the caller asked for (the application
 * whose contest this is, say), so that a hidden one answers exactly like a missing one.
 */
export async function loadContest(
  manager: EntityManager,
  contestId: string,
  user: SessionUser,
  options: { organiser?: boolean; lock?: boolean; notFound?: ContestRecord } = {},
): Promise<Contest> {
  const query = manager.getRepository(Contest).createQueryBuilder('c').where('c.id = :id', { id: contestId });
  const contest = await (options.lock ? query.setLock('pessimistic_write') : query).getOne();
  const allowed = contest && (options.organiser ? isOrganiser(user, contest) : canSeeContest(user, contest));
  if (!contest || !allowed) throw new ContestRecordNotFoundException(options.notFound ?? 'contest');
  return contest;
}
