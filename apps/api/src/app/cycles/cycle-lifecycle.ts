import type { CycleStatus, ErrorParamsOf } from '@prgauge/contracts';

/**
 * The cycle's one state machine:
 *
 *   (none) --create--> draft --open--> open --close--> review --publish--> published --archive--> archived
 *                                                        ^                     |
 *                                                        +------reopen---------+
 *
 * Imported history skips the evaluation: it is published straight from open (open --publish--> published), as
 * nobody submits or reviews a past cycle's values.
 */
export type CycleAction = 'create' | 'open' | 'close' | 'publish' | 'reopen' | 'archive';

/** The facts beyond the status that a step depends on; only publishing reads any. */
export interface LifecycleFacts {
  /** Submissions of the cycle that are approved. */
  approved: number;
  /** Agencies the ranking will list (the region's active agencies). */
  expected: number;
  /** A past cycle brought in from elsewhere may be published without approvals. */
  importedHistory: boolean;
}

type LifecycleRefusalCode = 'cycle.wrong_status' | 'cycles.nothing_approved';

/** Why a step is refused: a catalogue code with its params, checked against the code's text. */
export type LifecycleRefusal = {
  [C in LifecycleRefusalCode]: { code: C; params: ErrorParamsOf<C> };
}[LifecycleRefusalCode];

/** Where a step goes, or why it may not be taken. */
export type Transition = { to: CycleStatus } | { refusal: LifecycleRefusal };

/** Each step's one starting status (`null`: the cycle does not exist yet) and where it leads. */
const STEPS: Record<CycleAction, { from: CycleStatus | null; to: CycleStatus }> = {
  create: { from: null, to: 'draft' },
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'review' },
  publish: { from: 'review', to: 'published' },
  reopen: { from: 'published', to: 'review' },
  archive: { from: 'published', to: 'archived' },
};

/**
 * The status `action` leads to from `status`, or its refusal: `cycle.wrong_status` from any other status,
 * `cycles.nothing_approved` when publishing a cycle with no approved submission (imported history is exempt, and
 * is published from open as well as from review).
 * Pure: the caller reads the facts and applies the result.
 */
export function cycleTransition(
  status: CycleStatus | null,
  action: CycleAction,
  facts: LifecycleFacts,
): Transition {
  const { to } = STEPS[action];
  const from =
    action === 'publish' && facts.importedHistory && status === 'open' ? 'open' : STEPS[action].from;
  if (status !== from) {
    // A cycle that exists is never created again; its status is named as it is.
    return {
      refusal: {
        code: 'cycle.wrong_status',
        params: { action, status: status ?? 'none', expected: from ?? 'none' },
      },
    };
  }
  if (action === 'publish' && facts.approved === 0 && !facts.importedHistory)
    return { refusal: { code: 'cycles.nothing_approved', params: { expected: facts.expected } } };
  return { to };
}

/** The facts of a step that reads none (every step but publishing). */
export const NO_FACTS: LifecycleFacts = { approved: 0, expected: 0, importedHistory: false };
