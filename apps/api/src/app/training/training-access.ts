import { HttpStatus } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { committeeDuties } from '../committees/committee-duties';
import { ApiException } from '../common/api-error';
import { assertRegion } from '../common/scope';

/**
 * Refuses anyone who may not change the region's training records: directors and national admins may,
 * and so may members of one of the region's training committees. Another region's records answer 404.
 */
export async function assertMayManageTraining(
  manager: EntityManager,
  user: SessionUser,
  regionId: string,
  what = 'Record',
): Promise<void> {
  assertRegion(user, regionId, what);
  if (user.role === 'admin' || user.role === 'director') return;
  if (
    user.role === 'committee_member' &&
    (await committeeDuties(manager, user, regionId)).kinds.has('training')
  )
    return;
  throw new ApiException(HttpStatus.FORBIDDEN, 'training.managers_only', { regionId });
}

/** Roles that read a region's training records in full; agency editors see only their agency's rows. */
export const TRAINING_READERS = ['director', 'evaluator', 'viewer', 'committee_member'] as const;
