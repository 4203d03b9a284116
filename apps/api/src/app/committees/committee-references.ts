import type { EntityManager } from 'typeorm';
import { Committee } from './committee.entity';

/** Whether `committeeId` is a committee of region `regionId`. */
export async function isCommitteeOfRegion(
  manager: EntityManager,
  committeeId: string,
  regionId: string,
): Promise<boolean> {
  return manager.existsBy(Committee, { id: committeeId, regionId });
}
