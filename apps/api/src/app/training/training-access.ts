import type { SessionUser } from '@prgauge/contracts';
import type { Action } from '@prgauge/permissions';
import { EntityManager } from 'typeorm';
import { committeeDuties } from '../committees/committee-duties';
import { assertMay } from '../common/scope';

/** The actions that change a region's training records; one rule in the permissions map governs them all. */
export type TrainingManagement = Extract<
  Action,
  'training.event.manage' | 'training.attendance.manage' | 'training.topic.manage'
>;

/**
 * Refuses anyone who may not change the region's training records, as the permissions map decides: directors
 * and national admins may, and so may members of one of the region's training committees (403 otherwise).
 * Another region's records answer 404.
 */
export async function assertMayManageTraining(
  manager: EntityManager,
  user: SessionUser,
  action: TrainingManagement,
  regionId: string,
  what = 'Record',
): Promise<void> {
  const committeeMember =
    user.role === 'committee_member' && user.regionId === regionId
      ? (await committeeDuties(manager, user, regionId)).kinds.has('training')
      : undefined;
  assertMay(user, action, { regionId, committeeMember }, what);
}
