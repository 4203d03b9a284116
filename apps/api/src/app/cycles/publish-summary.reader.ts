import { Injectable } from '@nestjs/common';
import type { PublishSummary } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { activeAgenciesOf } from '../agencies/active-agencies';
import { dayIn } from '../common/zoned-date';
import { timeZoneOfRegion } from '../regions/region-time-zone';
import type { Cycle } from './cycle.entity';
import { publishSummaryOf } from './publish-guard';
import { CycleSubmissions } from './cycle-submissions.port';

/**
 * Reads the rows behind `publishSummaryOf`: the region's active agencies (the ranking's rows, as the cycle's
 * drafts were made for them on opening) and their submissions' states. `now` decides whether the period ended, read as a day in the region's zone.
 */
@Injectable()
export class PublishSummaryReader {
  constructor(private readonly submissions: CycleSubmissions) {}

  async read(manager: EntityManager, cycle: Cycle, now: Date): Promise<PublishSummary> {
    const agencies = await activeAgenciesOf(manager, cycle.regionId);
    const statusOf = await this.submissions.statesOf(manager, cycle.id);
    const withValues = cycle.importedHistory
      ? await this.submissions.withValuesOf(manager, cycle.id)
      : new Set<string>();
    const expected = agencies.map((a) => ({
      ...a,
      status: statusOf.get(a.id) ?? null,
      hasValues: withValues.has(a.id),
    }));
    const today = dayIn(now, await timeZoneOfRegion(manager, cycle.regionId));
    return publishSummaryOf(cycle, expected, today);
  }
}
