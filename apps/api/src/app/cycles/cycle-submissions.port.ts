import type { ExtensionView, SubmissionStatus } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/**
 * What the cycles module asks of a cycle's submissions, whose tables submissions/ owns, each inside the caller's
 * transaction: their states (for the publish guard), the empty drafts made on opening, and deadline extensions.
 * Cycles declares it and submissions/ provides it (`CyclesModule.withCollaborators(...)` in
 * feature-modules.ts), so submissions/ may read cycles' data without cycles importing submissions/.
 */
export abstract class CycleSubmissions {
  /** Each agency's submission state in a cycle, by agency id; agencies without a submission are absent. */
  abstract statesOf(manager: EntityManager, cycleId: string): Promise<Map<string, SubmissionStatus>>;

  /** The agencies whose submission in a cycle holds at least one value, by id: what imported history scores. */
  abstract withValuesOf(manager: EntityManager, cycleId: string): Promise<Set<string>>;

  /**
   * Gives every active agency of the cycle's region an empty draft to fill in; an agency that already has a
   * submission keeps it.
   */
  abstract createDrafts(manager: EntityManager, cycleId: string, regionId: string): Promise<void>;

  /**
   * Lets the agency edit until `until`. Returns its submission's id and the extension it replaces (null when
   * none); 404 `submission.none_for_agency` when the agency has no submission in the cycle.
   */
  abstract extend(
    manager: EntityManager,
    cycleId: string,
    agencyId: string,
    until: Date,
  ): Promise<{ submissionId: string; previous: Date | null }>;

  /** The extensions granted in a cycle, the earliest first. */
  abstract extensionsOf(manager: EntityManager, cycleId: string): Promise<ExtensionView[]>;
}
