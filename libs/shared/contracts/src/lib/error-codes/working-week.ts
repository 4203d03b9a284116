/**
 * Warnings, not refusals: a deadline or a window's end that falls on a day nobody works in the record's region.
 * The write succeeds and its answer carries the warning (see `DayOffWarning`); `day` is the Gregorian day
 * (`YYYY-MM-DD`) in the region's zone, `holiday` the holiday's name in the reader's language.
 */
export const WORKING_WEEK_ERRORS = {
  'working_week.day_off': '{day} is a day off in this region',
  'working_week.holiday': '{day} is a public holiday in this region: {holiday}',
} as const;
