import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { type ImportedSubmissionValues, saveImportedValues } from '../submissions/imported-values.facade';
import type { PlannedSubmission } from './value-check';

/** One agency's values an apply writes; `agencyCode` names their `agency_code/indicator_key` keys. */
export interface ImportWrite extends ImportedSubmissionValues {
  agencyCode: string;
}

/** What an apply writes, and the keys of submitted or approved data it leaves as it was because they were not ticked. */
export interface ImportWrites {
  writes: ImportWrite[];
  kept: string[];
}

/**
 * What an apply of a check writes: every change, and of the values of submitted or approved submissions only
 * those whose `agency_code/indicator_key` is in `overwrite` (the person ticked them); the others are kept.
 */
export function importWrites(
  submissions: readonly PlannedSubmission[],
  overwrite: readonly string[],
): ImportWrites {
  const ticked = new Set(overwrite);
  const kept: string[] = [];
  const writes: ImportWrite[] = [];
  for (const batch of submissions) {
    const entries = batch.protected ? batch.entries.filter((e) => ticked.has(e.key)) : batch.entries;
    if (batch.protected) kept.push(...batch.entries.filter((e) => !ticked.has(e.key)).map((e) => e.key));
    if (entries.length)
      writes.push({
        submissionId: batch.submissionId,
        agencyCode: batch.agencyCode,
        overwrite: batch.protected,
        entries: entries.map(({ indicator, value, note, expected }) => ({
          indicator,
          value,
          note,
          expected,
        })),
      });
  }
  return { writes, kept };
}

/** How many values `writes` holds. */
export function valueCount(writes: readonly ImportWrite[]): number {
  return writes.reduce((sum, write) => sum + write.entries.length, 0);
}

/** The `agency_code/indicator_key` keys of `writes`. */
export function writtenKeys(writes: readonly ImportWrite[]): string[] {
  return writes.flatMap((write) => write.entries.map((e) => `${write.agencyCode}/${e.indicator}`));
}

/** How many agencies one round of writes saves: a background job reports its progress after each. */
const AGENCIES_PER_WRITE = 100;

/**
 * Saves an import's writes (see importWrites) inside the caller's transaction through the submissions' own save
 * (`saveImportedValues`: the form's value rules, versions and audit entries, with `fileName` as their reason),
 * in rounds of `AGENCIES_PER_WRITE` agencies. `onProgress(done, total)` counts agencies and is called after each
 * round, for a background job's progress. Throws what the save throws (409 `value_import.stale` when a value
 * changed since the check); the caller's transaction then rolls everything back. `now` is the instant the form's
 * deadline rules are judged at. Returns the number of values saved.
 */
export async function applyValueImport(
  manager: EntityManager,
  plan: { cycle: CycleRecord; fileName: string; writes: readonly ImportWrite[] },
  actor: Actor,
  options: { now: Date; onProgress?: (done: number, total: number) => void | Promise<void> },
): Promise<number> {
  const { onProgress } = options;
  await saveImportedValues(manager, new AuditService(), plan.cycle, plan.writes, {
    actor,
    now: options.now,
    reason: plan.fileName,
    progress: { round: AGENCIES_PER_WRITE, report: (done, total) => onProgress?.(done, total) },
  });
  return valueCount(plan.writes);
}
