import type { LocalizedText } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
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

/**
 * The names of the given agencies, retired ones too, by agency id; an unknown id has no entry, and an empty list
 * asks the database nothing. For folders whose rows name an agency (the audit trail).
 */
export async function agencyNamesOf(
  manager: EntityManager,
  agencyIds: readonly string[],
): Promise<Map<string, LocalizedText>> {
  if (!agencyIds.length) return new Map();
  const agencies = await manager.find(Agency, {
    where: { id: In([...new Set(agencyIds)]) },
    select: { id: true, name: true },
  });
  return new Map(agencies.map((a) => [a.id, a.name]));
}
