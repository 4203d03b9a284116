import {
  dayIn,
  dayOffWarnings,
  type DayOffWarning,
  type Holiday,
  type IsoWeekday,
  type WorkingWeek,
} from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { RegionHoliday } from './region-holiday.entity';
import { timeZoneOfRegion } from './region-time-zone';

/**
 * A region's working week: its weekly days off and its holidays sorted by day. A region that does not exist
 * works every day, so nothing is called a day off there.
 */
export async function workingWeekOfRegion(manager: EntityManager, regionId: string): Promise<WorkingWeek> {
  const [region]: { days_off: IsoWeekday[] }[] = await manager.query(
    `SELECT days_off FROM region WHERE id = $1`,
    [regionId],
  );
  const holidays: { day: string; name: WorkingWeek['holidays'][number]['name'] }[] = await manager.query(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, name FROM region_holiday WHERE region_id = $1 ORDER BY day`,
    [regionId],
  );
  return {
    daysOff: region?.days_off ?? [],
    holidays: holidays.map((h) => ({ date: h.day, name: h.name })),
  };
}

/**
 * The warnings of dates saved for a record of a region, `[]` when each is a working day: each `instant` is
 * read as a day on the wall clocks of the region's zone, so a deadline at 23:59:59.999 Tehran time is that
 * Tehran day. `field` names the request field the date came in.
 */
export async function dayOffWarningsOfRegion(
  manager: EntityManager,
  regionId: string,
  dates: { field: string; instant: Date }[],
): Promise<DayOffWarning[]> {
  if (dates.length === 0) return [];
  const timeZone = await timeZoneOfRegion(manager, regionId);
  const week = await workingWeekOfRegion(manager, regionId);
  return dates.flatMap(({ field, instant }) => dayOffWarnings(field, dayIn(instant, timeZone), week));
}

/** `view` with its `warnings` when there are any; without the field when there are none, as reads give it. */
export function withWarnings<T extends object>(
  view: T,
  warnings: DayOffWarning[],
): T & { warnings?: DayOffWarning[] } {
  return warnings.length > 0 ? { ...view, warnings } : view;
}

/**
 * Keeps `holidays` as the region's, in `manager`'s transaction: a day that already has one is renamed. For the
 * region administration and for modules that set a region up (the demo).
 */
export async function saveHolidays(
  manager: EntityManager,
  regionId: string,
  holidays: Holiday[],
): Promise<void> {
  if (holidays.length === 0) return;
  await manager.upsert(
    RegionHoliday,
    holidays.map((h) => ({ regionId, day: h.date, name: h.name })),
    ['regionId', 'day'],
  );
}
