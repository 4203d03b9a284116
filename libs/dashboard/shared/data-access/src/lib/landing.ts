import type { SessionUser } from '@prgauge/contracts';
import { type Action, can, canPersonally } from '@prgauge/permissions';

/** One candidate first page: where to start someone who may do `action`. */
export interface Landing {
  readonly path: string;
  readonly action: Action;
  /** Work done in one's own name, which a national admin's pass does not open (see `canPersonally`). */
  readonly personal?: true;
}

/**
 * Where each person starts, in order: the first entry whose action they may do. Jurors start on their score
 * sheets, journalists on voting, agency editors on their own submission; those who publish the ranking on the
 * ranking; those who decide on submissions on the review queue; everyone else on the published ranking.
 */
export const LANDINGS: readonly Landing[] = [
  { path: '/contests/jury', action: 'contest.judge', personal: true },
  { path: '/contests/voting', action: 'contest.vote', personal: true },
  { path: '/submissions', action: 'submission.read_own', personal: true },
  { path: '/rankings', action: 'cycle.publish' },
  { path: '/review', action: 'submission.approve' },
  { path: '/rankings', action: 'results.read' },
];

/** The first page for this person (null: a visitor), read from the permissions map through `LANDINGS`. */
export function landingFor(user: SessionUser | null): string {
  const landing = LANDINGS.find((entry) =>
    entry.personal ? canPersonally(user, entry.action) : can(user, entry.action),
  );
  // `results.read` is public, so the last entry always matches; the fallback only satisfies the type.
  return landing?.path ?? '/rankings';
}
