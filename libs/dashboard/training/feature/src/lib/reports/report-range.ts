import { calendarYearOf, type RegionView } from '@prgauge/contracts';
import type { DateRange } from '@prgauge/dashboard-training-data-access';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period a report shows: the days in the address when they are days, else the current year of the
 * reader's region in its calendar on its clocks (Solar Hijri 1405 is 2026-03-21 to 2027-03-20), or the
 * Gregorian year in UTC for someone of no one region.
 */
export function reportRange(
  from: string | undefined,
  to: string | undefined,
  now: Date,
  region: Pick<RegionView, 'timeZone' | 'calendar'> | null,
): DateRange {
  const year = region
    ? calendarYearOf(now, region.timeZone, region.calendar)
    : calendarYearOf(now, 'UTC', 'gregorian');
  return { from: from && DAY.test(from) ? from : year.from, to: to && DAY.test(to) ? to : year.to };
}
