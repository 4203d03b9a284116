import type { LocalizedText } from '@prgauge/contracts';
import { type EntityManager, In } from 'typeorm';
import { Agency } from './agency.entity';

/** An agency as other modules see it: plain data. `attributes` are its scoring attributes (`prStaff`, …). */
export interface AgencyProfile {
  id: string;
  regionId: string;
  code: string;
  name: LocalizedText;
  peerGroupId: string | null;
  attributes: Record<string, number>;
  active: boolean;
}

const PROFILE = {
  id: true,
  regionId: true,
  code: true,
  name: true,
  peerGroupId: true,
  attributes: true,
  active: true,
} as const;

/** The region's active agencies (those being evaluated), by code. */
export function activeAgencyProfiles(manager: EntityManager, regionId: string): Promise<AgencyProfile[]> {
  return manager.find(Agency, { where: { regionId, active: true }, select: PROFILE, order: { code: 'ASC' } });
}

/** The codes of the region's retired agencies (those no longer evaluated). */
export async function retiredAgencyCodes(manager: EntityManager, regionId: string): Promise<Set<string>> {
  const rows = await manager.find(Agency, { where: { regionId, active: false }, select: { code: true } });
  return new Set(rows.map((row) => row.code));
}

/** The agencies with these ids, retired ones included, by id in the order of their codes; unknown ids are absent. */
export async function agencyProfilesById(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, AgencyProfile>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.find(Agency, {
    where: { id: In([...new Set(ids)]) },
    select: PROFILE,
    order: { code: 'ASC', id: 'ASC' },
  });
  return new Map(rows.map((a) => [a.id, a]));
}
