import { Injectable } from '@nestjs/common';
import type { CycleView } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { FALLBACK_TIME_ZONE, timeZonesOfRegions } from '../regions/region-time-zone';
import type { CycleRecord } from './cycle-record.facade';

/** A cycle as clients see it; `timeZone` is its region's IANA zone. */
export function toCycleView(cycle: CycleRecord, timeZone: string): CycleView {
  return {
    id: cycle.id,
    regionId: cycle.regionId,
    name: cycle.name,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    deadline: cycle.deadline.toISOString(),
    status: cycle.status,
    publishedAt: cycle.publishedAt?.toISOString() ?? null,
    importedHistory: cycle.importedHistory,
    version: cycle.version,
    timeZone,
  };
}

/** Cycles as clients see them, each naming its region's time zone; one query for the zones. */
export async function cycleViews(manager: EntityManager, cycles: CycleRecord[]): Promise<CycleView[]> {
  const zones = await timeZonesOfRegions(
    manager,
    cycles.map((c) => c.regionId),
  );
  return cycles.map((c) => toCycleView(c, zones.get(c.regionId) ?? FALLBACK_TIME_ZONE));
}

/** One cycle as clients see it, naming its region's time zone. */
export async function cycleView(manager: EntityManager, cycle: CycleRecord): Promise<CycleView> {
  return (await cycleViews(manager, [cycle]))[0];
}

/** The views above as a service, so the lifecycle's rules can be tested without a database. */
@Injectable()
export class CycleViews {
  view(manager: EntityManager, cycle: CycleRecord): Promise<CycleView> {
    return cycleView(manager, cycle);
  }
}
