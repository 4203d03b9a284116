import type { EntityManager } from 'typeorm';
import type { CycleRecord } from './cycle-record.facade';

/** One publication of a cycle's results: its number (1 for the first publish), instant and publisher's user id. */
export interface Publication {
  publication: number;
  publishedAt: Date;
  publishedBy: string;
}

/**
 * What publishing needs of the results, whose tables scores/ owns. Cycles declares it and scores/ provides it
 * (`CyclesModule.withCollaborators(...)` in feature-modules.ts), so scores/ may read cycles' data without
 * cycles importing scores/. Whether the cycle may be published stays the cycles module's decision.
 */
export abstract class ResultsFreezer {
  /**
   * Scores the cycle's approved data with the published sensitivity and stores it as `at.publication`, inside
   * the caller's transaction.
   */
  abstract freezeResults(manager: EntityManager, cycle: CycleRecord, at: Publication): Promise<void>;
}
