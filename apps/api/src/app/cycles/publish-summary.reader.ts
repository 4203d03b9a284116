import type { PublishSummary } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { activeAgenciesOf } from '../agencies/active-agencies';
import { submissionStatesOf } from '../submissions/submission-states';
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
  const agencies = await activeAgenciesOf(manager, cycle.regionId);
  const statusOf = await submissionStatesOf(manager, cycle.id);
  const expected = agencies.map((a) => ({ ...a, status: statusOf.get(a.id) ?? null }));
  return publishSummaryOf(cycle, expected, now.toISOString().slice(0, 10));
}
