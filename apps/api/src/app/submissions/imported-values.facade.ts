import { HttpStatus } from '@nestjs/common';
import type { ErrorCode, SubmissionStatus } from '@prgauge/contracts';
import { type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { AuditService } from '../audit/audit.service';
import { ApiException, InvalidFieldsException } from '../common/api-error';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { storedLeaves } from '../cycles/framework-rules';
import { editRefusal } from './submission-refusals';
import { SubmissionValue } from './submission-value.entity';
import { Submission } from './submission.entity';
import { valueEntryProblems, writeValues } from './value-writes';

/**
 * Whether an import may write into a submission now, by the form's rules: `open` (a draft or returned submission
 * the form would save), `protected` (submitted or approved data, while the cycle is open or under review: saved
 * only when the person ticks it), or `refused` with the form's refusal code (the cycle not open, the deadline
 * passed, the cycle published).
 */
export type ImportStanding = { kind: 'open' } | { kind: 'protected' } | { kind: 'refused'; code: ErrorCode };

/** One agency's submission in a cycle as an import sees it: its state, standing and current values. */
export interface SubmissionValueState {
  submissionId: string;
  agencyId: string;
  status: SubmissionStatus;
  standing: ImportStanding;
  /** Stored values by indicator key (yes/no as 1/0, empty as null). */
  values: Map<string, number | null>;
}

/** The submissions of these agencies in the cycle with their values, by agency id; an agency without one is absent. */
export async function submissionValueStates(
  manager: EntityManager,
  cycle: CycleRecord,
  agencyIds: readonly string[],
  now: Date,
): Promise<Map<string, SubmissionValueState>> {
  if (agencyIds.length === 0) return new Map();
  const submissions = await manager.findBy(Submission, { cycleId: cycle.id, agencyId: In([...agencyIds]) });
  const values = submissions.length
    ? await manager.find(SubmissionValue, {
        where: { submissionId: In(submissions.map((s) => s.id)) },
        select: { submissionId: true, indicatorKey: true, value: true },
      })
    : [];
  const bySubmission = new Map<string, Map<string, number | null>>();
  for (const v of values) {
    const map = bySubmission.get(v.submissionId) ?? new Map<string, number | null>();
    map.set(v.indicatorKey, v.value);
    bySubmission.set(v.submissionId, map);
  }
  return new Map(
    submissions.map((s) => [
      s.agencyId,
      {
        submissionId: s.id,
        agencyId: s.agencyId,
        status: s.status,
        standing: importStanding(s, cycle, now),
        values: bySubmission.get(s.id) ?? new Map(),
      },
    ]),
  );
}

function importStanding(submission: Submission, cycle: CycleRecord, now: Date): ImportStanding {
  const refusal = editRefusal(submission, cycle, now);
  if (!refusal) return { kind: 'open' };
  const reviewable = cycle.status === 'open' || cycle.status === 'review';
  if ((submission.status === 'submitted' || submission.status === 'approved') && reviewable)
    return { kind: 'protected' };
  return { kind: 'refused', code: refusal.code };
}

/** One agency's checked values: each with the value the check read, which must still stand when they are saved. */
export interface ImportedSubmissionValues {
  submissionId: string;
  entries: { indicator: string; value: number | null; note: string | null; expected: number | null }[];
}

/**
 * Saves one agency's imported values inside the caller's transaction, by the form's rules: the submission row is
 * locked, each entry checked as the form checks it (`valueEntryProblems`: 400 `submission.values_invalid`), the
 * values and the audit entry written by the form's own `writeValues`, and the version bumped. A draft or returned
 * submission stays as it is. Submitted or approved data is written only with `overwrite` (the person ticked it):
 * a submitted submission stays with its reviewers, who see the changed values counted since their review; an
 * approved one goes back to them as submitted (audited as `approved → submitted`), since approved data changed
 * and must be approved again, and only approved data enters a published ranking. Refusals: 409
 * `value_import.stale` when a value is no longer the one the check read; the form's 409 when the submission may
 * not be changed now.
 */
export async function saveImportedValues(
  manager: EntityManager,
  audit: AuditService,
  cycle: CycleRecord,
  batch: ImportedSubmissionValues,
  options: { actor: Actor; now: Date; overwrite: boolean; reason: string },
): Promise<void> {
  const { actor, now } = options;
  const submission = await manager
    .getRepository(Submission)
    .createQueryBuilder('s')
    .where('s.id = :id AND s.cycle_id = :cycle', { id: batch.submissionId, cycle: cycle.id })
    .setLock('pessimistic_write')
    .getOne();
  if (!submission) throw new ApiException(HttpStatus.CONFLICT, 'value_import.stale', {});
  const standing = importStanding(submission, cycle, now);
  if (standing.kind === 'refused' || (standing.kind === 'protected' && !options.overwrite)) {
    const refusal = editRefusal(submission, cycle, now);
    if (refusal) throw refusal;
  }
  const stored = await manager.findBy(SubmissionValue, {
    submissionId: submission.id,
    indicatorKey: In(batch.entries.map((e) => e.indicator)),
  });
  const current = new Map(stored.map((v) => [v.indicatorKey, v.value]));
  if (batch.entries.some((e) => (current.get(e.indicator) ?? null) !== e.expected))
    throw new ApiException(HttpStatus.CONFLICT, 'value_import.stale', {});
  const leaves = new Map(storedLeaves(cycle.framework).map((leaf) => [leaf.key, leaf]));
  const problems = batch.entries.flatMap((e, i) => valueEntryProblems(leaves.get(e.indicator), e, i, actor));
  if (problems.length)
    throw new InvalidFieldsException(problems, 'submission.values_invalid', { count: problems.length });
  const target = {
    submissionId: submission.id,
    regionId: cycle.regionId,
    agencyId: submission.agencyId,
    cycleId: cycle.id,
  };
  await writeValues(manager, audit, target, batch.entries, actor, now, options.reason);
  const reopen = submission.status === 'approved';
  await manager.update(Submission, submission.id, {
    version: submission.version + 1,
    updatedAt: now,
    ...(reopen ? { status: 'submitted' as const } : {}),
  });
  if (reopen)
    await audit.record(manager, actor, {
      action: 'submission.submitted',
      entity: 'submission',
      ...target,
      entityId: submission.id,
      reason: options.reason,
      changes: [{ field: 'status', old: 'approved', new: 'submitted' }],
    });
}
