import type { FrameworkDocument, SessionUser } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { committeeDuties } from './committee-duties';

/** Which submissions of a cycle a committee member reviews: all of them, or those touching some indices. */
/** What the scope needs of a cycle: its region and its framework (a cycle record has both). */
export interface ReviewedCycle {
  regionId: string;
  framework: FrameworkDocument;
}

export type ReviewScope = { whole: true } | { whole: false; indices: string[]; leaves: Set<string> };

/**
 * The performance-evaluation committee reviews whole submissions; a committee responsible for some indices
 * reviews those indices of the cycle's framework. A member with no such duty in this cycle reviews nothing.
 */
export async function committeeReviewScope(
  manager: EntityManager,
  user: SessionUser,
  cycle: ReviewedCycle,
): Promise<ReviewScope> {
  const duties = await committeeDuties(manager, user, cycle.regionId);
  if (duties.kinds.has('performance_evaluation')) return { whole: true };
  const indices = cycle.framework.indicators.filter((index) => duties.indices.has(index.key));
  const leaves = new Set<string>();
  const collect = (node: FrameworkDocument['indicators'][number]): void => {
    if (node.children) node.children.forEach(collect);
    else leaves.add(node.key);
  };
  indices.forEach(collect);
  return { whole: false, indices: indices.map((i) => i.key), leaves };
}
