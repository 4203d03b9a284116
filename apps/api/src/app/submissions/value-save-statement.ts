import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { auditInsertSql } from '../audit/audit-insert-sql';
import { type PreparedStatement, runPrepared } from '../common/prepared-statement';
import { cycleRowUnchangedSql } from '../cycles/cycle-record.facade';
import type { KeptSubmission } from './save-context-cache';
import { SubmissionValue } from './submission-value.entity';
import type { ValueEntry } from './value-writes';
import { toStoredValue } from './value-rules';

/** What the one-statement save wrote. */
export interface StatementSave {
  /** The submission's version after the save. */
  version: number;
  /** The submission row's new row version (`xmin`), for the kept copy. */
  rowVersion: string;
  /** The rows written, as `writeValues` returns them. */
  written: SubmissionValue[];
}

/*
 * Every part runs only when `bumped` took the submission row: the UPDATE holds its lock until commit, and finds
 * nothing when the version or either row version moved since the copy was read (PostgreSQL re-reads a row that
 * changed while the statement waited for it). Every write of values bumps the submission's version in its own
 * transaction, so `before`, read from the statement's snapshot, holds exactly what the row lock protects.
 * The audit's changes follow `changedFields`: a value that differs from the stored one, or has no stored row;
 * a note given that differs from the stored note. A value sent without a note keeps the stored note.
 */
const SAVE_VALUES: PreparedStatement = {
  name: 'submission-save-values',
  text: `
WITH bumped AS (
  UPDATE submission SET version = version + 1, updated_at = $10::timestamptz
   WHERE id = $1::uuid AND version = $2::int AND xmin = $3::xid AND ${cycleRowUnchangedSql('$4', '$5')}
  RETURNING version, xmin::text AS row_version
), entry AS (
  SELECT e.k, e.v, e.n, e.i
    FROM unnest($6::text[], $7::float8[], $8::text[]) WITH ORDINALITY AS e(k, v, n, i)
   WHERE EXISTS (SELECT FROM bumped)
), before AS (
  SELECT v.indicator_key, v.value, v.note
    FROM submission_value v
   WHERE v.submission_id = $1 AND v.indicator_key = ANY($6::text[]) AND EXISTS (SELECT FROM bumped)
), written AS (
  INSERT INTO submission_value (submission_id, indicator_key, value, note, updated_by, updated_at)
  SELECT $1::uuid, e.k, e.v, COALESCE(e.n, b.note), $9::uuid, $10::timestamptz
    FROM entry e LEFT JOIN before b ON b.indicator_key = e.k
  ON CONFLICT (submission_id, indicator_key) DO UPDATE
    SET value = excluded.value, note = excluded.note, updated_by = excluded.updated_by,
        updated_at = excluded.updated_at
  RETURNING indicator_key, value, note
), change AS (
  SELECT COALESCE(jsonb_agg(c.change ORDER BY e.i, c.o), '[]'::jsonb) AS changes
    FROM entry e
    LEFT JOIN before b ON b.indicator_key = e.k
   CROSS JOIN LATERAL (VALUES
     (1, CASE WHEN b.indicator_key IS NULL OR b.value IS DISTINCT FROM e.v
              THEN jsonb_build_object('field', e.k, 'old', b.value, 'new', e.v) END),
     (2, CASE WHEN e.n IS NOT NULL AND e.n IS DISTINCT FROM b.note
              THEN jsonb_build_object('field', e.k || '.note', 'old', b.note, 'new', e.n) END)
   ) AS c(o, change)
   WHERE c.change IS NOT NULL
), audited AS (
  ${auditInsertSql(
    'submission.values',
    'submission',
    {
      userId: '$9::uuid',
      userLogin: '$11::text',
      regionId: '$12::uuid',
      agencyId: '$13::uuid',
      cycleId: '$4::uuid',
      entityId: '$1::text',
      changes: 'change.changes',
      reason: 'NULL',
      requestId: '$14::text',
      ip: '$15::text',
    },
    'bumped, change',
  )}
)
SELECT b.version, b.row_version,
       (SELECT json_agg(json_build_array(w.indicator_key, w.value, w.note)) FROM written w) AS written
  FROM bumped b`,
};

/**
 * Saves checked `entries` into the kept submission in one statement: the version check (`version`, the one the
 * client read) under the submission's row lock, the value upsert, the audit entry with its field changes and the
 * version bump. Null when the version, the submission row or the cycle row moved since `kept` was read: then
 * nothing was written, and the locked path must answer.
 */
export async function saveValuesStatement(
  manager: EntityManager,
  kept: KeptSubmission,
  version: number,
  entries: readonly ValueEntry[],
  actor: Actor,
  now: Date,
): Promise<StatementSave | null> {
  const { submission, cycle, agency } = kept;
  const rows: {
    version: number;
    row_version: string;
    written: [string, number | null, string | null][];
  }[] = await runPrepared(manager, SAVE_VALUES, [
    submission.id,
    version,
    kept.rowVersion,
    cycle.id,
    kept.cycleRowVersion,
    entries.map((e) => e.indicator),
    entries.map((e) => toStoredValue(e.value)),
    entries.map((e) => e.note ?? null),
    actor.user.id,
    now,
    actor.user.login,
    agency.regionId,
    agency.id,
    actor.requestId ?? 'system',
    actor.ip ?? null,
  ]);
  const row = rows[0];
  if (!row) return null;
  const written = new Map(row.written.map(([key, value, note]) => [key, { value, note }]));
  return {
    version: row.version,
    rowVersion: row.row_version,
    // In the order asked, as `writeValues` returns them.
    written: entries.map((e) =>
      Object.assign(new SubmissionValue(), {
        submissionId: submission.id,
        indicatorKey: e.indicator,
        value: written.get(e.indicator)?.value ?? null,
        note: written.get(e.indicator)?.note ?? null,
        updatedBy: actor.user.id,
        updatedAt: now,
      }),
    ),
  };
}
