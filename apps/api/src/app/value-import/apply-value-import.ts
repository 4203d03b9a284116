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

/** How many agencies one round of writes saves: a background job reports its progress after each. */
const AGENCIES_PER_WRITE = 100;

/**
 * Applies a checked import inside the caller's transaction through the submissions' own save
 * (`saveImportedValues`: the form's value rules, versions and audit entries), `AGENCIES_PER_WRITE` agencies at a
 * time. Values of submitted or approved submissions are written only when their key is in `plan.overwrite`; the
 * others are kept and listed. `onProgress(done, total)` counts agencies and is called after each round, for a
 * background job's progress. Throws what the save throws (409 `value_import.stale` when a value changed since the
 * check); the caller's transaction then rolls everything back. `now` is the instant the form's deadline rules are
 * judged at.
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
  const total = plan.submissions.length;
  for (let from = 0; from < total; from += AGENCIES_PER_WRITE) {
    const round = plan.submissions.slice(from, from + AGENCIES_PER_WRITE).map((batch) => {
      if (!batch.protected)
        return { submissionId: batch.submissionId, entries: batch.entries, overwrite: false };
      kept.push(...batch.entries.filter((e) => !ticked.has(e.key)).map((e) => e.key));
      return {
        submissionId: batch.submissionId,
        entries: batch.entries.filter((e) => ticked.has(e.key)),
        overwrite: true,
      };
    });
    const writes = round.filter((batch) => batch.entries.length > 0);
    await saveImportedValues(manager, audit, plan.cycle, writes, {
      actor,
      now: options.now,
      reason: plan.fileName,
    });
    applied += writes.reduce((sum, batch) => sum + batch.entries.length, 0);
    await options.onProgress?.(Math.min(from + AGENCIES_PER_WRITE, total), total);
  }
  return { applied, kept };
}
