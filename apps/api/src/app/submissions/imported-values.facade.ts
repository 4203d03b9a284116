import { HttpStatus } from '@nestjs/common';
import type { ErrorCode, SessionUser, SubmissionStatus } from '@prgauge/contracts';
import { can } from '@prgauge/permissions';
import { type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { AuditService } from '../audit/audit.service';
import { ApiException, InvalidFieldsException } from '../common/api-error';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { storedLeaves } from '../cycles/framework-rules';
import { editRefusal } from './submission-refusals';
import { Submission } from './submission.entity';
import { prepareValueWrites, storedValuesOf, type ValueBatch, valueEntryProblems } from './value-writes';
import { sendAll } from '../common/sql-statement';

/**
 * Whether an import may write into a submission now, by the form's rules: `open` (a draft or returned submission
 * the form would save), `protected` (submitted or approved data, while the cycle is open or under review, for a
 * caller with `cycle.values.import.overwrite`, the directorate: saved only when the person ticks it), or `refused`
 * with the form's refusal code (the cycle not open, the deadline passed, the cycle published; and for anyone else,
 * such as the agency's own editor, data already with the reviewers or approved).
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
  /** Stored notes by indicator key; an indicator without a note is absent. */
  notes: Map<string, string>;
}

/** The submissions of these agencies in the cycle with their values, by agency id; an agency without one is absent. */
export async function submissionValueStates(
  manager: EntityManager,
  cycle: CycleRecord,
  agencyIds: readonly string[],
  now: Date,
  user: SessionUser,
): Promise<Map<string, SubmissionValueState>> {
  const overwriter = can(user, 'cycle.values.import.overwrite');
  if (agencyIds.length === 0) return new Map();
  const submissions = await manager.findBy(Submission, { cycleId: cycle.id, agencyId: In([...agencyIds]) });
  const values: {
    submission_id: string;
    indicator_key: string;
    value: number | null;
    note: string | null;
  }[] = submissions.length
    ? await manager.query(
        `SELECT submission_id, indicator_key, value, note FROM submission_value WHERE submission_id = ANY($1::uuid[])`,
        [submissions.map((s) => s.id)],
      )
    : [];
  const bySubmission = new Map<string, { values: Map<string, number | null>; notes: Map<string, string> }>();
  for (const v of values) {
    const stored = bySubmission.get(v.submission_id) ?? { values: new Map(), notes: new Map() };
    stored.values.set(v.indicator_key, v.value);
    if (v.note !== null) stored.notes.set(v.indicator_key, v.note);
    bySubmission.set(v.submission_id, stored);
  }
  return new Map(
    submissions.map((s) => [
      s.agencyId,
      {
        submissionId: s.id,
        agencyId: s.agencyId,
        status: s.status,
        standing: importStanding(s, cycle, now, overwriter),
        values: bySubmission.get(s.id)?.values ?? new Map(),
        notes: bySubmission.get(s.id)?.notes ?? new Map(),
      },
    ]),
  );
}

/**
 * `states` with an unsaved empty draft for each of `agencyIds` that has none, as `CycleSubmissions.createDrafts`
 * makes it when an import is applied, with the standing such a draft has now: what a dry run shows for an
 * agency added after the cycle opened. Its `submissionId` is '' until it is saved.
 */
export function withNewDrafts(
  states: ReadonlyMap<string, SubmissionValueState>,
  cycle: CycleRecord,
  agencyIds: readonly string[],
  now: Date,
): Map<string, SubmissionValueState> {
  const all = new Map(states);
  for (const agencyId of agencyIds) {
    if (all.has(agencyId)) continue;
    const draft = Object.assign(new Submission(), {
      cycleId: cycle.id,
      agencyId,
      status: 'draft' as const,
      extensionUntil: null,
    });
    all.set(agencyId, {
      submissionId: '',
      agencyId,
      status: 'draft',
      standing: importStanding(draft, cycle, now, false),
      values: new Map(),
      notes: new Map(),
    });
  }
  return all;
}

function importStanding(
  submission: Submission,
  cycle: CycleRecord,
  now: Date,
  overwriter: boolean,
): ImportStanding {
  const refusal = editRefusal(submission, cycle, now);
  if (!refusal) return { kind: 'open' };
  const reviewable = cycle.status === 'open' || cycle.status === 'review';
  if (overwriter && (submission.status === 'submitted' || submission.status === 'approved') && reviewable)
    return { kind: 'protected' };
  return { kind: 'refused', code: refusal.code };
}

/** One agency's checked values: each with the value the check read, which must still stand when they are saved. */
export interface ImportedSubmissionValues {
  submissionId: string;
  entries: { indicator: string; value: number | null; note: string | null; expected: number | null }[];
  /** Whether the person ticked these entries of submitted or approved data to overwrite it. */
  overwrite: boolean;
}

/** How a save of imported values reports its progress: after each `round` of agencies, with the number saved. */
export interface ImportProgress {
  round: number;
  report(done: number, total: number): void | Promise<void>;
}

/**
 * Saves agencies' imported values inside the caller's transaction, by the form's rules: the submission rows are
 * locked, each entry checked as the form checks it (`valueEntryProblems`: 400 `submission.values_invalid`), the
 * values and an audit entry per submission written by the form's own statements (`prepareValueWrites`), and each
 * version bumped. A draft or returned submission stays as it is. Submitted or approved data is written only with
 * `overwrite` (the person ticked it), and only by a caller with `cycle.values.import.overwrite`: a submitted submission stays with its reviewers, who see the changed values
 * counted since their review; an approved one goes back to them as submitted (audited as `approved → submitted`),
 * since approved data changed and must be approved again, and only approved data enters a published ranking.
 * Every refusal comes before anything is written: 409 `value_import.stale` when a value is no longer the one the
 * check read; the form's 409 when a submission may not be changed now.
 *
 * The writes go in rounds of `progress.round` agencies (all at once without `progress`), and `progress.report`
 * is called after each. Each round is sent when the one before has answered, while this process builds the next,
 * so the server writes one round while the next is prepared.
 */
export async function saveImportedValues(
  manager: EntityManager,
  audit: AuditService,
  cycle: CycleRecord,
  batches: readonly ImportedSubmissionValues[],
  options: { actor: Actor; now: Date; reason: string; progress?: ImportProgress },
): Promise<void> {
  const { actor, now, progress } = options;
  if (batches.length === 0) return;
  const overwriter = can(actor.user, 'cycle.values.import.overwrite');
  const ids = batches.map((b) => b.submissionId);
  const locked = await manager
    .getRepository(Submission)
    .createQueryBuilder('s')
    .where('s.id = ANY(:ids) AND s.cycle_id = :cycle', { ids, cycle: cycle.id })
    .orderBy('s.id')
    .setLock('pessimistic_write')
    .getMany();
  if (locked.length !== new Set(ids).size)
    throw new ApiException(HttpStatus.CONFLICT, 'value_import.stale', {});
  const ticked = new Set(batches.filter((b) => b.overwrite).map((b) => b.submissionId));
  for (const submission of locked) {
    const standing = importStanding(submission, cycle, now, overwriter);
    if (standing.kind === 'refused' || (standing.kind === 'protected' && !ticked.has(submission.id))) {
      const refusal = editRefusal(submission, cycle, now);
      if (refusal) throw refusal;
    }
  }
  const bySubmission = new Map(locked.map((s) => [s.id, s]));
  const writes: ValueBatch[] = batches.map((batch) => {
    const submission = bySubmission.get(batch.submissionId) as Submission;
    return {
      target: {
        submissionId: submission.id,
        regionId: cycle.regionId,
        agencyId: submission.agencyId,
        cycleId: cycle.id,
      },
      entries: batch.entries,
    };
  });
  const before = await storedValuesOf(manager, writes);
  const stale = batches.some((batch) =>
    batch.entries.some(
      (e) => (before.get(batch.submissionId)?.get(e.indicator)?.value ?? null) !== e.expected,
    ),
  );
  if (stale) throw new ApiException(HttpStatus.CONFLICT, 'value_import.stale', {});
  const leaves = new Map(storedLeaves(cycle.framework).map((leaf) => [leaf.key, leaf]));
  const problems = batches.flatMap((batch) =>
    batch.entries.flatMap((e, i) => valueEntryProblems(leaves.get(e.indicator), e, i, actor)),
  );
  if (problems.length)
    throw new InvalidFieldsException(problems, 'submission.values_invalid', { count: problems.length });
  const how = { actor, now, reason: options.reason };
  const round = progress?.round ?? writes.length;
  let inFlight: { sent: Promise<void>; done: number } | null = null;
  for (let from = 0; from < writes.length; from += round) {
    const prepared = prepareValueWrites(audit, writes.slice(from, from + round), before, how);
    // Sent once the round before has answered (the connection takes one statement at a time, and nothing is sent
    // after a failure), while this loop goes on to build the next round.
    const sent: Promise<void> = (inFlight?.sent ?? Promise.resolve()).then(() =>
      sendAll(manager, prepared.statements),
    );
    // Awaited below, after the round before it: a failure meanwhile must not count as unhandled.
    sent.catch(() => undefined);
    if (inFlight) await finishRound(inFlight, writes.length, progress);
    inFlight = { sent, done: Math.min(from + round, writes.length) };
  }
  if (inFlight) await finishRound(inFlight, writes.length, progress);
  // The version column is bumped by hand: one statement for every submission, each reopened if it was approved.
  await manager.query(
    `UPDATE submission
        SET version = version + 1, updated_at = $2,
            status = CASE WHEN status = 'approved' THEN 'submitted' ELSE status END
      WHERE id = ANY($1::uuid[])`,
    [ids, now],
  );
  const reopened = locked.filter((s) => s.status === 'approved');
  await audit.recordAll(
    manager,
    actor,
    reopened.map((submission) => ({
      action: 'submission.submitted',
      entity: 'submission',
      regionId: cycle.regionId,
      agencyId: submission.agencyId,
      cycleId: cycle.id,
      entityId: submission.id,
      reason: options.reason,
      changes: [{ field: 'status', old: 'approved', new: 'submitted' }],
    })),
  );
}

async function finishRound(
  round: { sent: Promise<void>; done: number },
  total: number,
  progress: ImportProgress | undefined,
): Promise<void> {
  await round.sent;
  await progress?.report(round.done, total);
}
