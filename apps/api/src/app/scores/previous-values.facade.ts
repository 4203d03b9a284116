import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CycleRecord, previousPublishedCycle } from '../cycles/cycle-record.facade';
import { type IndicatorValues, PreviousValues } from '../submissions/previous-values';
import { ScoreSnapshot } from './score-snapshot.entity';

/** The values of the previous published cycle, read from its snapshots: submissions' `PreviousValues`. */
@Injectable()
export class PreviousValuesFacade extends PreviousValues {
  /**
   * The values frozen when the region's previous published cycle (the latest that ended before `cycle` started)
   * was published, by agency id: one agency's when `agencyId` is given, else every agency's. Empty when there
   * is no previous published cycle.
   */
  async previousPublishedValues(
    manager: EntityManager,
    cycle: Pick<CycleRecord, 'id' | 'regionId' | 'periodStart'>,
    agencyId?: string,
  ): Promise<Map<string, IndicatorValues>> {
    const previous = await previousPublishedCycle(manager, cycle);
    if (!previous) return new Map();
    const snapshots = await manager.find(ScoreSnapshot, {
      where: { cycleId: previous.id, publication: previous.publication, ...(agencyId ? { agencyId } : {}) },
      select: { agencyId: true, indicatorValues: true },
    });
    return new Map(snapshots.map((s) => [s.agencyId, s.indicatorValues]));
  }
}
