import type { EntityManager } from 'typeorm';
import type { CycleRecord } from '../cycles/cycle-record.facade';

/** An agency's raw values by indicator key, as a published snapshot froze them. */
export type IndicatorValues = Record<string, number | null>;

/**
 * What reviewing needs of the published results, whose snapshots scores/ owns. Submissions declares it and
 * scores/ provides it (`SubmissionsModule.withPreviousValues(ScoresModule)` in feature-modules.ts), so scores/
 * may read the reported values without submissions importing scores/.
 */
export abstract class PreviousValues {
  /**
   * The values frozen when the region's previous published cycle (the latest that ended before `cycle` started)
   * was published, by agency id: one agency's when `agencyId` is given, else every agency's. Empty when there
   * is no previous published cycle.
   */
  abstract previousPublishedValues(
    manager: EntityManager,
    cycle: Pick<CycleRecord, 'id' | 'regionId' | 'periodStart'>,
    agencyId?: string,
  ): Promise<Map<string, IndicatorValues>>;
}
