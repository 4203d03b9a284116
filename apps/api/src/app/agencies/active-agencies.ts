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

/** An agency as the training report counts it: `prStaff` is its number of PR staff, or null when not given. */
export interface ReportedAgency {
  id: string;
  code: string;
  name: LocalizedText;
  prStaff: number | null;
}

/** The active agencies of a region (of every region when `regionId` is null), by code, with their PR staff. */
export async function activeAgenciesWithPrStaff(
  manager: EntityManager,
  regionId: string | null,
): Promise<ReportedAgency[]> {
  const rows: { id: string; code: string; name: LocalizedText; pr_staff: number | null }[] =
    await manager.query(
      `SELECT id, code, name, (attributes->>'prStaff')::float8 AS pr_staff FROM agency
      WHERE active AND ($1::uuid IS NULL OR region_id = $1::uuid) ORDER BY code`,
      [regionId],
    );
  return rows.map((a) => ({ id: a.id, code: a.code, name: a.name, prStaff: a.pr_staff }));
}
