/**
 * What can be wrong with a contest's shape and a nomination's ranking rules. `shape` is the contest's shape
 * (`vote`, `jury` or `combined`, see `ContestShape`); `phase` names the dates concerned (`judging` or `voting`).
 */
export const CONTEST_SHAPE_ERRORS = {
  /** 409: a score sheet for a vote-only contest, which has no judging. */
  'contest.no_judging':
    'This contest is decided by the public vote alone and has no judging; the contest is in phase {phase}',
} as const;

export const CONTEST_SHAPE_FIELD_PROBLEMS = {
  /** Judging dates on a vote-only contest, or a voting window on a jury-only one. */
  'contest.phase_not_in_shape': 'A {shape} contest has no {phase} dates; leave them out',
  /** The judging dates (or the voting window) that the contest's shape needs are missing. */
  'contest.phase_required': 'A {shape} contest needs its {phase} dates',
  /**
   * A shape that the contest's nominations do not fit: `nominations` names them (comma-separated) and
   * `count` says how many; change their scoring mode first.
   */
  'contest.shape_conflicts_nominations':
    'A {shape} contest cannot keep {count} nomination(s) scored another way: {nominations}',
  /** A nomination's scoring mode that the contest's shape does not allow; `allowed` lists those it does. */
  'nomination.mode_not_in_shape': 'A {shape} contest scores its nominations by {allowed}',
  /** A tie-break step named twice in the chain. */
  'nomination.duplicate_tie_break': 'Each tie-break may appear once; {tieBreak} appears more than once',
} as const;
