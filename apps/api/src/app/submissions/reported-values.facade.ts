import type { EntityManager } from 'typeorm';

/** One reported value: an agency's number for one indicator in a cycle. */
export interface ReportedValue {
  agencyId: string;
  indicator: string;
  value: number;
}

/**
 * The values agencies reported in a cycle (empty ones left out), for scoring. `approvedOnly` keeps only approved
 * submissions: only reviewed data goes into a published ranking.
 */
export async function reportedValues(
  manager: EntityManager,
  cycleId: string,
  approvedOnly: boolean,
): Promise<ReportedValue[]> {
  const rows: { agency_id: string; indicator_key: string; value: number }[] = await manager.query(
    `SELECT s.agency_id, v.indicator_key, v.value
       FROM submission s JOIN submission_value v ON v.submission_id = s.id
      WHERE s.cycle_id = $1 AND v.value IS NOT NULL ${approvedOnly ? "AND s.status = 'approved'" : ''}`,
    [cycleId],
  );
  return rows.map((r) => ({ agencyId: r.agency_id, indicator: r.indicator_key, value: r.value }));
}
