import type { EntityManager } from 'typeorm';
import { JOB_QUEUE_OPTIONS } from '../jobs/job-queue-schema';
import type { ImportWrite } from './apply-value-import';

/**
 * Seconds after which a stored plan can no longer be taken: its job has waited out the queue's retention and every
 * retry's expiry (a job given up by recovery, `job.abandoned`, leaves its plan behind until then).
 */
export const PLAN_LIFETIME_SECONDS =
  JOB_QUEUE_OPTIONS.retentionMinutes * 60 +
  (JOB_QUEUE_OPTIONS.retryLimit + 1) * JOB_QUEUE_OPTIONS.expireInSeconds;

/** Writes as stored: parallel arrays per agency, then per value (`entryCounts` values of each agency in turn). */
interface StoredWrites {
  submissionIds: string[];
  agencyCodes: string[];
  overwrite: boolean[];
  entryCounts: number[];
  indicators: string[];
  values: (number | null)[];
  notes: (string | null)[];
  expected: (number | null)[];
}

/**
 * Keeps a queued import's checked writes under its job's id, inside the caller's transaction (the one that queues
 * the job), so that a rolled-back request leaves neither. One row of parallel arrays: queueing 80,000 values this
 * way costs a fraction of a job payload with an object per value. Plans no job can take any more are forgotten
 * on the way (`PLAN_LIFETIME_SECONDS`).
 */
export async function storeQueuedWrites(
  manager: EntityManager,
  jobId: string,
  writes: readonly ImportWrite[],
): Promise<void> {
  const entries = writes.flatMap((w) => w.entries);
  const stored: StoredWrites = {
    submissionIds: writes.map((w) => w.submissionId),
    agencyCodes: writes.map((w) => w.agencyCode),
    overwrite: writes.map((w) => w.overwrite),
    entryCounts: writes.map((w) => w.entries.length),
    indicators: entries.map((e) => e.indicator),
    values: entries.map((e) => e.value),
    notes: entries.map((e) => e.note),
    expected: entries.map((e) => e.expected),
  };
  await manager.query(`DELETE FROM value_import_plan WHERE created_at < now() - make_interval(secs => $1)`, [
    PLAN_LIFETIME_SECONDS,
  ]);
  await manager.query(`INSERT INTO value_import_plan (job_id, writes) VALUES ($1, $2::json)`, [
    jobId,
    JSON.stringify(stored),
  ]);
}

/**
 * Takes a queued import's writes out of the store inside the caller's transaction: they are gone once it commits,
 * and back when it rolls back. Null when there are none, i.e. a run of the same job already committed them (a
 * job repeated after its worker was lost).
 */
export async function takeQueuedWrites(manager: EntityManager, jobId: string): Promise<ImportWrite[] | null> {
  const [rows] = (await manager.query(`DELETE FROM value_import_plan WHERE job_id = $1 RETURNING writes`, [
    jobId,
  ])) as [{ writes: StoredWrites | ImportWrite[] }[], number];
  const stored = rows[0]?.writes;
  if (!stored) return null;
  // Queued by an earlier release, which kept an object per agency (migration MoveQueuedImportWrites20270220110000).
  if (Array.isArray(stored)) return stored as ImportWrite[];
  let at = 0;
  return stored.submissionIds.map((submissionId, i) => {
    const count = stored.entryCounts[i];
    const entries = Array.from({ length: count }, (_, j) => ({
      indicator: stored.indicators[at + j],
      value: stored.values[at + j],
      note: stored.notes[at + j],
      expected: stored.expected[at + j],
    }));
    at += count;
    return { submissionId, agencyCode: stored.agencyCodes[i], overwrite: stored.overwrite[i], entries };
  });
}

/** Forgets a queued import's writes (a job that failed will not run again). */
export async function dropQueuedWrites(manager: EntityManager, jobId: string): Promise<void> {
  await manager.query(`DELETE FROM value_import_plan WHERE job_id = $1`, [jobId]);
}
