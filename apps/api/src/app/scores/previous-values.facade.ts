import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CycleChangeFeed } from '../cycles/cycle-change-feed';
import { type CycleRecord, previousPublishedCycle } from '../cycles/cycle-record.facade';
import { type IndicatorValues, PreviousValues } from '../submissions/previous-values';
import { ScoreSnapshot } from './score-snapshot.entity';

type CycleKey = Pick<CycleRecord, 'id' | 'regionId' | 'periodStart'>;

/** Cycles whose previous values one instance keeps: the open cycles of every region, a few MB at most. */
const MAX_KEPT = 200;

/**
 * The values of the previous published cycle, read from its snapshots: submissions' `PreviousValues`.
 *
 * Which cycle is "previous", and its current publication, change only when a cycle of the region is published,
 * re-opened or archived, which the change feed announces to every instance; a publication's snapshots never
 * change. So every agency's values are kept per cycle while the feed is live, and all are dropped on any
 * announcement (or when the feed is lost).
 */
@Injectable()
export class PreviousValuesFacade extends PreviousValues {
  private readonly kept = new Map<string, Promise<Map<string, IndicatorValues>>>();

  constructor(private readonly changes: CycleChangeFeed) {
    super();
    changes.subscribe(() => this.kept.clear());
  }

  /**
   * The values frozen when the region's previous published cycle (the latest that ended before `cycle` started)
   * was published, by agency id: one agency's when `agencyId` is given, else every agency's. Empty when there
   * is no previous published cycle.
   */
  async previousPublishedValues(
    manager: EntityManager,
    cycle: CycleKey,
    agencyId?: string,
  ): Promise<Map<string, IndicatorValues>> {
    const every = await this.everyAgency(manager, cycle);
    if (!agencyId) return every;
    const one = every.get(agencyId);
    return one ? new Map([[agencyId, one]]) : new Map();
  }

  /** Every agency's previous values, kept while the feed is live (keyed by the period, which decides them). */
  private everyAgency(manager: EntityManager, cycle: CycleKey): Promise<Map<string, IndicatorValues>> {
    if (!this.changes.live) return this.read(manager, cycle);
    const key = `${cycle.id}/${cycle.periodStart}`;
    const kept = this.kept.get(key);
    if (kept) return kept;
    // The promise is kept, not its result: an announcement while reading drops it, so a read that began before
    // a publish is never kept after it.
    const reading = this.read(manager, cycle);
    if (this.kept.size >= MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, reading);
    reading.catch(() => this.kept.get(key) === reading && this.kept.delete(key));
    return reading;
  }

  private async read(manager: EntityManager, cycle: CycleKey): Promise<Map<string, IndicatorValues>> {
    const previous = await previousPublishedCycle(manager, cycle);
    if (!previous) return new Map();
    const snapshots = await manager.find(ScoreSnapshot, {
      where: { cycleId: previous.id, publication: previous.publication },
      select: { agencyId: true, indicatorValues: true },
    });
    return new Map(snapshots.map((s) => [s.agencyId, s.indicatorValues]));
  }
}
