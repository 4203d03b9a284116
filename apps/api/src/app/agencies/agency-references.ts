import type { EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/** Whether `agencyId` is an agency of region `regionId`, retired or not. */
export async function isAgencyOfRegion(
  manager: EntityManager,
  agencyId: string,
  regionId: string,
): Promise<boolean> {
  return manager.existsBy(Agency, { id: agencyId, regionId });
}

/** Every agency of region `regionId`, retired ones too: `{ id, code }`, in no particular order. */
export async function agencyCodesOf(
  manager: EntityManager,
  regionId: string,
): Promise<{ id: string; code: string }[]> {
  return manager.find(Agency, { where: { regionId }, select: { id: true, code: true } });
}
