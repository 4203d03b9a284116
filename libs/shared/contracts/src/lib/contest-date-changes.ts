/** The data a contest's phase holds, which its dates may not move over without a reason. */
export const HELD_CONTEST_DATA = ['applications', 'score_sheets', 'votes'] as const;
export type HeldContestData = (typeof HELD_CONTEST_DATA)[number];

/** How a date change would move a phase that holds data: start it later or end it earlier, or open it again. */
export const HELD_PHASE_MOVES = ['shortens', 'reopens', 'removes'] as const;
export type HeldPhaseMove = (typeof HELD_PHASE_MOVES)[number];

/**
 * A change of a contest's dates that moved a phase over the data it held, with the organiser's reason; kept in
 * the audit log and shown on the contest's page (admin and public). `old` and `new` are ISO 8601 instants, or
 * null for a window that was or became unscheduled.
 */
export interface ContestDateChange {
  at: string;
  fields: { field: string; old: string | null; new: string | null }[];
  reason: string;
}
