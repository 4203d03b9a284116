import type { LocalizedText } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/** The agencies of a region that are being evaluated (not retired): `{ id, code, name }`, for other modules. */
export async function activeAgenciesOf(
  manager: EntityManager,
  regionId: string,
): Promise<{ id: string; code: string; name: LocalizedText }[]> {
  return manager.find(Agency, {
    where: { regionId, active: true },
    select: { id: true, code: true, name: true },
  });
}
