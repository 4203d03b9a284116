import { HttpStatus } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import { decide, type Action } from '@prgauge/permissions';
import { EntityManager } from 'typeorm';
import { committeeDuties } from '../committees/committee-duties';
import { ApiException } from '../common/api-error';
import { assertMay } from '../common/scope';

/** The actions that change a region's training records; one rule in the permissions map governs them all. */
export type TrainingManagement = Extract<
  Action,
  'training.event.manage' | 'training.attendance.manage' | 'training.topic.manage'
>;

/**
 * Refuses anyone who may not change the region's training records, as the permissions map decides: directors
 * and national admins may, and so may members of one of the region's training committees (403
 * `training.managers_only` otherwise, naming `regionId`). Another region's records answer 404.
 */
export async function assertMayManageTraining(
  manager: EntityManager,
  user: SessionUser,
  action: TrainingManagement,
  regionId: string,
  what = 'record',
): Promise<void> {
  const committeeMember =
    user.role === 'committee_member' && user.regionId === regionId
      ? (await committeeDuties(manager, user, regionId)).kinds.has('training')
      : undefined;
  const resource = { regionId, committeeMember };
  if (decide(user, action, resource) === 'forbidden')
    throw new ApiException(HttpStatus.FORBIDDEN, 'training.managers_only', { regionId });
  assertMay(user, action, resource, what);
}
