import type { HeldContestData, HeldPhaseMove } from '@prgauge/contracts';
import type { FieldProblemInput } from '../../common/api-error';

/** A contest's phase windows; a window of null dates is not scheduled. */
export interface PhaseWindows {
  applicationsOpenAt: Date | null;
  applicationsCloseAt: Date | null;
  judgingStartAt: Date | null;
  judgingEndAt: Date | null;
  votingStartAt: Date | null;
  votingEndAt: Date | null;
}

/** How much data each phase holds, counted by the module that owns it. */
export type HeldCounts = Record<HeldContestData, number>;

const PHASES: { held: HeldContestData; start: keyof PhaseWindows; end: keyof PhaseWindows }[] = [
  { held: 'applications', start: 'applicationsOpenAt', end: 'applicationsCloseAt' },
  { held: 'score_sheets', start: 'judgingStartAt', end: 'judgingEndAt' },
  { held: 'votes', start: 'votingStartAt', end: 'votingEndAt' },
];

/**
 * Phase integrity (issue 17, item 6): once a phase holds data, its window may grow but not shrink, and once over
 * it may not open again, or the data would fall outside the window they were given in (the Kaluga workaround
 * moved a contest with 85 applications into the past). A move that starts the phase later or ends it earlier
 * `shortens` it; one that ends a phase already over after `now` `reopens` it; one that unschedules it `removes`
 * it. Each such move is one problem on the date field, code `contest.date_moves_held_data`, naming the data
 * (`held`), how many (`count`) and the move; the caller refuses them unless the organiser gives a reason.
 */
export function heldPhaseMoves(
  before: PhaseWindows,
  after: PhaseWindows,
  held: HeldCounts,
  now: Date,
): FieldProblemInput[] {
  const problems: FieldProblemInput[] = [];
  for (const phase of PHASES) {
    const count = held[phase.held];
    const [start, end] = [before[phase.start], before[phase.end]];
    if (count === 0 || !start || !end) continue;
    const [nextStart, nextEnd] = [after[phase.start], after[phase.end]];
    const problem = (field: keyof PhaseWindows, move: HeldPhaseMove): FieldProblemInput => ({
      field,
      code: 'contest.date_moves_held_data',
      params: { held: phase.held, count, move },
      problems: [`${move} a phase that holds ${count} ${phase.held}; give dateChangeReason`],
    });
    if (!nextStart || !nextEnd) problems.push(problem(phase.end, 'removes'));
    else if (nextStart > start) problems.push(problem(phase.start, 'shortens'));
    else if (nextEnd < end) problems.push(problem(phase.end, 'shortens'));
    else if (end <= now && now < nextEnd) problems.push(problem(phase.end, 'reopens'));
  }
  return problems;
}
