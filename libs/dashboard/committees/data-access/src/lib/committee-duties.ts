import type { CommitteeKind, CommitteeView, SessionUser } from '@prgauge/contracts';
import { type Action, can, type ResourceScope } from '@prgauge/permissions';

/** What the committees a person sits on make them responsible for, as the API reads it from the same seats. */
export interface CommitteeDuties {
  /** Kinds of the committees they sit on: `performance_evaluation` decides on whole submissions. */
  readonly kinds: ReadonlySet<CommitteeKind>;
  /** Framework index keys their committees review. */
  readonly indices: ReadonlySet<string>;
}

export const NO_DUTIES: CommitteeDuties = { kinds: new Set(), indices: new Set() };

/** The duties of `userId`'s seats on `committees` (the region's committees, as `GET /api/committees` lists them). */
export function committeeDutiesOf(committees: readonly CommitteeView[], userId: string): CommitteeDuties {
  const mine = committees.filter((c) => c.members.some((m) => m.userId === userId));
  return {
    kinds: new Set(mine.map((c) => c.kind)),
    indices: new Set(mine.flatMap((c) => c.indices)),
  };
}

/**
 * Whether the answer to `action` for this person turns on a committee seat, so their committees must be read
 * before a button is shown: true exactly when the permissions map allows them with the duty and not without.
 */
export function dependsOnCommitteeSeat(user: SessionUser | null, action: Action): boolean {
  return can(user, action, { committeeMember: true }) && !can(user, action, { committeeMember: false });
}

/**
 * The record a review action touches, for `can`: the submission as a whole (`index` omitted: approving, a
 * general comment) or one of its top-level indices (a comment on an indicator under it). A committee member
 * has the duty for the whole through the performance-evaluation committee, and for an index through a
 * committee that reviews it, as the API's `committeeReviewScope` decides.
 */
export function reviewScope(
  submission: { readonly agencyId: string },
  duties: CommitteeDuties,
  index?: string,
): ResourceScope {
  const whole = duties.kinds.has('performance_evaluation');
  return {
    agencyId: submission.agencyId,
    committeeMember: whole || (index !== undefined && duties.indices.has(index)),
  };
}
