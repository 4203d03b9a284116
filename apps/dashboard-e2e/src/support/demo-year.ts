/**
 * The year whose cycle the demo holds open. The demo is told as of `DEMO_TODAY` or today, and until March the
 * directorate is still evaluating the year before (the API's demo reference day decides the same way), so the
 * journeys name cycles by these years and run the same whichever day they run.
 */
function openYear(): number {
  const today = new Date(`${process.env['DEMO_TODAY'] ?? new Date().toISOString().slice(0, 10)}T12:00:00Z`);
  return today.getUTCMonth() < 2 ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
}

/** The open cycle's year and name. */
export const OPEN_YEAR = openYear();
/** The latest published cycle's year: the one before the open cycle. */
export const PUBLISHED_YEAR = OPEN_YEAR - 1;
/** A year no demo cycle covers yet: the next cycle a director creates. */
export const NEXT_YEAR = OPEN_YEAR + 1;
