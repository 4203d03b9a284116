import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { saveImportedValues } from '../submissions/imported-values.facade';
import type { PlannedSubmission } from './value-check';

/**
 * A checked import, ready to apply: the cycle, the file's name (kept in the audit entries), the values per
 * agency, and the `agency_code/indicator_key` keys of submitted or approved data the person ticked to overwrite.
 */
export interface ValueImportPlan {
  cycle: CycleRecord;
  fileName: string;
  submissions: PlannedSubmission[];
  overwrite: readonly string[];
}

/** What an apply did: the values saved and the overwrites left as they were because they were not ticked. */
export interface AppliedValueImport {
  applied: number;
  kept: string[];
}

/**
 * Applies a checked import inside the caller's transaction, agency by agency, through the submissions' own
 * save (`saveImportedValues`: the form's value rules, versions and audit entries). Values of submitted or
 * approved submissions are written only when their key is in `plan.overwrite`; the others are kept and listed.
 * `onProgress(done, total)` is called after each agency, for a background job's progress. Throws what the save
 * throws (409 `value_import.stale` when a value changed since the check); the caller's transaction then rolls
 * everything back. `now` is the instant the form's deadline rules are judged at.
 */
export async function applyValueImport(
  manager: EntityManager,
  plan: ValueImportPlan,
  actor: Actor,
  options: { now: Date; onProgress?: (done: number, total: number) => void | Promise<void> },
): Promise<AppliedValueImport> {
  const audit = new AuditService();
  const ticked = new Set(plan.overwrite);
  const kept: string[] = [];
  let applied = 0;
  let done = 0;
  for (const batch of plan.submissions) {
    const entries = batch.protected ? batch.entries.filter((e) => ticked.has(e.key)) : batch.entries;
    if (batch.protected) kept.push(...batch.entries.filter((e) => !ticked.has(e.key)).map((e) => e.key));
    if (entries.length) {
      await saveImportedValues(
        manager,
        audit,
        plan.cycle,
        { submissionId: batch.submissionId, entries },
        { actor, now: options.now, overwrite: batch.protected, reason: plan.fileName },
      );
      applied += entries.length;
    }
    await options.onProgress?.(++done, plan.submissions.length);
  }
  return { applied, kept };
}
