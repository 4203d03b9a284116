import { EntityManager } from 'typeorm';
import type { Cycle } from '../cycles/cycle.entity';
import { storedLeaves } from '../cycles/framework-rules';
import { roundHours } from './training-figures';

export interface ComputedValue {
  agencyId: string;
  indicator: string;
  value: number;
}

/**
 * The values of the cycle's computed training leaves: for each agency, the person-hours its PR staff
 * attended in events starting within the cycle period, limited to the rule's topics when it names any.
 * Read live, so a preview follows the registers; a publication freezes what it read into its snapshot.
 */
export async function trainingLeafValues(
  manager: EntityManager,
  cycle: Cycle,
  agencyIds: string[],
): Promise<ComputedValue[]> {
  const leaves = storedLeaves(cycle.framework).filter((l) => l.source === 'computed' && l.rule?.training);
  const out: ComputedValue[] = [];
  for (const leaf of leaves) {
    const topics = leaf.rule?.training?.topics?.length ? leaf.rule.training.topics : null;
    const rows: { agency_id: string; hours: string }[] = await manager.query(
      `SELECT a.agency_id, sum(a.hours) AS hours
         FROM attendance a
         JOIN training_event e ON e.id = a.event_id
         JOIN training_topic t ON t.id = e.topic_id
        WHERE a.attended AND a.audience = 'pr_staff' AND a.agency_id = ANY($1::uuid[])
          AND e.start_date BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR t.code = ANY($4::text[]))
        GROUP BY a.agency_id`,
      [agencyIds, cycle.periodStart, cycle.periodEnd, topics],
    );
    const hours = new Map(rows.map((r) => [r.agency_id, roundHours(Number(r.hours))]));
    // An agency with no register rows trained nobody: that is a known zero, not a missing value.
    for (const agencyId of agencyIds)
      out.push({ agencyId, indicator: leaf.key, value: hours.get(agencyId) ?? 0 });
  }
  return out;
}
