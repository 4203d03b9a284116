import { CALENDARS, type Calendar } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/** The zone of a region that cannot be found: UTC, so that an instant is still well defined. */
export const FALLBACK_TIME_ZONE = 'UTC';

/**
 * The IANA time zones of regions (`Asia/Tehran`), by region id, in one query. A region that does not exist
 * is left out of the map; callers fall back to {@link FALLBACK_TIME_ZONE}.
 */
export async function timeZonesOfRegions(
  manager: EntityManager,
  regionIds: string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(regionIds)];
  if (ids.length === 0) return new Map();
  const rows: { id: string; time_zone: string }[] = await manager.query(
    `SELECT id, time_zone FROM region WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.time_zone]));
}

/** The IANA time zone of one region; {@link FALLBACK_TIME_ZONE} when it does not exist. */
export async function timeZoneOfRegion(manager: EntityManager, regionId: string): Promise<string> {
  return (await timeZonesOfRegions(manager, [regionId])).get(regionId) ?? FALLBACK_TIME_ZONE;
}

/** How a region tells time: its IANA zone and the calendar it counts days and years in. */
export interface RegionTime {
  timeZone: string;
  calendar: Calendar;
}

/** A region's zone and calendar; UTC and Gregorian for a region that does not exist. */
export async function timeOfRegion(manager: EntityManager, regionId: string): Promise<RegionTime> {
  const rows: { time_zone: string; calendar: string }[] = await manager.query(
    `SELECT time_zone, calendar FROM region WHERE id = $1`,
    [regionId],
  );
  const calendar = CALENDARS.find((c) => c === rows[0]?.calendar) ?? 'gregorian';
  return { timeZone: rows[0]?.time_zone ?? FALLBACK_TIME_ZONE, calendar };
}
