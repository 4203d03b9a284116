import type { EntityManager } from 'typeorm';
import { RecordNotFoundException } from '../common/record-not-found';
import { Region } from './region.entity';

/**
 * A region read for change inside `manager`'s transaction, locked until it ends, so that concurrent changes to
 * its settings or holidays queue. Throws `RecordNotFoundException` (404 `record.not_found`) when there is none.
 */
export async function lockedRegion(manager: EntityManager, regionId: string): Promise<Region> {
  const region = await manager
    .getRepository(Region)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :regionId', { regionId })
    .getOne();
  if (!region) throw new RecordNotFoundException('region');
  return region;
}
