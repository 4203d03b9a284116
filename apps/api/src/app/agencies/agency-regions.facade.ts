import { EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/**
 * The region an agency belongs to, or null when no agency has this id. For other folders that check an agency
 * against a region (a contest application filed for an agency, say), inside the caller's transaction.
 */
export async function regionOfAgency(manager: EntityManager, agencyId: string): Promise<string | null> {
  const agency = await manager.findOneBy(Agency, { id: agencyId });
  return agency ? agency.regionId : null;
}
