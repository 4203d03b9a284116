import type { PublishSummary } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Submission } from '../submissions/submission.entity';
import type { Cycle } from './cycle.entity';
import { publishSummaryOf } from './publish-guard';

/**
 * Reads the rows behind `publishSummaryOf`: the region's active agencies (the ranking's rows, as the cycle's
 * drafts were made for them on opening) and their submissions' states. `now` decides whether the period ended.
 */
export async function readPublishSummary(
  manager: EntityManager,
  cycle: Cycle,
  now: Date,
): Promise<PublishSummary> {
  const agencies = await manager.find(Agency, {
    where: { regionId: cycle.regionId, active: true },
    select: { id: true, code: true, name: true },
  });
  const submissions = await manager.find(Submission, {
    where: { cycleId: cycle.id },
    select: { agencyId: true, status: true },
  });
  const statusOf = new Map(submissions.map((s) => [s.agencyId, s.status]));
  const expected = agencies.map((a) => ({ ...a, status: statusOf.get(a.id) ?? null }));
  return publishSummaryOf(cycle, expected, now.toISOString().slice(0, 10));
}
