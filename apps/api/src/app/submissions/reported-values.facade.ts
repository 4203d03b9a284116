import type { EntityManager } from 'typeorm';
import { cycleValues } from './cycle-values';

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
  const rows = await cycleValues(manager, cycleId, { approvedOnly });
  return rows.map((r) => ({ agencyId: r.agencyId, indicator: r.indicator, value: r.value }));
}
