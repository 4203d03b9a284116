import type { FrameworkDocumentLeaf } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { AuditFact, AuditService } from '../audit/audit.service';
import type { FieldProblemInput } from '../common/api-error';
import { indicatorParams } from '../cycles/indicator-params';
import { sendAll, type SqlStatement } from '../common/sql-statement';
import { SubmissionValue } from './submission-value.entity';
import { mayFill, toStoredValue, valueProblem } from './value-rules';

/** One value to save: the indicator, its value (yes/no as a boolean or 1/0) and, when given, its note. */
export interface ValueEntry {
  indicator: string;
  value: unknown;
  note?: string | null;
}

/** Where the values go, for the rows and the audit entry. */
export interface ValueTarget {
  submissionId: string;
  regionId: string;
  agencyId: string;
  cycleId: string;
}

type FieldChange = NonNullable<AuditFact['changes']>[number];

/** One submission's values to save, for `writeValueBatches`. */
export interface ValueBatch {
  target: ValueTarget;
  entries: readonly ValueEntry[];
}

/** A stored value and its note, as a save finds it before writing. */
export interface StoredValue {
  value: number | null;
  note: string | null;
}

/**
 * The stored values and notes of the batches' indicators, by submission id then indicator key; one query. It may
 * also hold another batch's indicators of the same submissions: the query asks for every submission's rows among
 * every key named, one index scan rather than a lookup per pair (80,000 pairs in ten queries, side by side on one
 * PostgreSQL: 77–87 against 352–432 ms with every row stored, 5–6 against 77–109 ms with none).
 */
export async function storedValuesOf(
  manager: EntityManager,
  batches: readonly {
    target: Pick<ValueTarget, 'submissionId'>;
    entries: readonly Pick<ValueEntry, 'indicator'>[];
  }[],
): Promise<Map<string, Map<string, StoredValue>>> {
  const rows: { submission_id: string; indicator_key: string; value: number | null; note: string | null }[] =
    batches.length
      ? await manager.query(
          `SELECT v.submission_id, v.indicator_key, v.value, v.note
             FROM submission_value v
            WHERE v.submission_id = ANY($1::uuid[]) AND v.indicator_key = ANY($2::text[])`,
          [
            [...new Set(batches.map((b) => b.target.submissionId))],
            [...new Set(batches.flatMap((b) => b.entries.map((e) => e.indicator)))],
          ],
        )
      : [];
  const stored = new Map<string, Map<string, StoredValue>>();
  for (const row of rows) {
    const values = stored.get(row.submission_id) ?? new Map<string, StoredValue>();
    values.set(row.indicator_key, { value: row.value, note: row.note });
    stored.set(row.submission_id, values);
  }
  return stored;
}

/**
 * Saves values into a submission and audits every value or note that changed (old → new), inside the caller's
 * transaction: the one write behind the form's save and the value import. The caller has checked the entries
 * (`valueEntryProblems`), the submission's state and its version, and bumps the version itself. `reason` is
 * kept on the audit entry (the import puts the file name there). Returns the rows written.
 */
export async function writeValues(
  manager: EntityManager,
  audit: AuditService,
  target: ValueTarget,
  entries: readonly ValueEntry[],
  actor: Actor,
  now: Date,
  reason: string | null = null,
): Promise<SubmissionValue[]> {
  const batches = [{ target, entries }];
  const [written] = await writeValueBatches(manager, audit, batches, await storedValuesOf(manager, batches), {
    actor,
    now,
    reason,
  });
  return written;
}

/**
 * `writeValues` for many submissions at once, in at most three statements whatever their number (see
 * `prepareValueWrites`), sent together inside the caller's transaction. Returns the rows written, per batch.
 */
export async function writeValueBatches(
  manager: EntityManager,
  audit: AuditService,
  batches: readonly ValueBatch[],
  before: ReadonlyMap<string, ReadonlyMap<string, StoredValue>>,
  how: { actor: Actor; now: Date; reason: string | null },
): Promise<SubmissionValue[][]> {
  const prepared = prepareValueWrites(audit, batches, before, how);
  await sendAll(manager, prepared.statements);
  return prepared.written;
}

/** A save of values built in full before any statement is sent: the rows it writes, per batch, and its statements. */
export interface PreparedValueWrites {
  written: SubmissionValue[][];
  statements: SqlStatement[];
}

/**
 * The statements of a save of many submissions' values: an insert of the values with no stored row, an upsert of
 * those with one, and an insert of an audit entry per submission with each value or note that changed. `before`
 * is what `storedValuesOf` read for the same batches while the caller held each submission's row lock: every
 * writer of values takes that lock first, so a key absent from `before` has no row until the caller commits, and
 * a plain insert (about 30 % cheaper than an upsert of new rows) cannot collide. An entry without a note
 * keeps the stored one.
 */
export function prepareValueWrites(
  audit: AuditService,
  batches: readonly ValueBatch[],
  before: ReadonlyMap<string, ReadonlyMap<string, StoredValue>>,
  how: { actor: Actor; now: Date; reason: string | null },
): PreparedValueWrites {
  const { actor, now } = how;
  const added = new ValueColumns();
  const changed = new ValueColumns();
  const written = batches.map(({ target, entries }) => {
    const old = before.get(target.submissionId);
    return entries.map((entry) => {
      const stored = old?.get(entry.indicator);
      const row = Object.assign(new SubmissionValue(), {
        submissionId: target.submissionId,
        indicatorKey: entry.indicator,
        value: toStoredValue(entry.value),
        note: entry.note ?? stored?.note ?? null,
        updatedBy: actor.user.id,
        updatedAt: now,
      });
      (stored ? changed : added).push(row);
      return row;
    });
  });
  const statements: SqlStatement[] = [];
  if (added.length)
    statements.push({
      sql: `INSERT INTO submission_value (submission_id, indicator_key, value, note, updated_by, updated_at)
            SELECT s, k, v, n, $5::uuid, $6::timestamptz
              FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::text[]) AS t(s, k, v, n)`,
      parameters: [...added.columns(), actor.user.id, now],
    });
  if (changed.length)
    statements.push({
      sql: `INSERT INTO submission_value (submission_id, indicator_key, value, note, updated_by, updated_at)
            SELECT s, k, v, n, $5::uuid, $6::timestamptz
              FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::text[]) AS t(s, k, v, n)
            ON CONFLICT (submission_id, indicator_key) DO UPDATE
              SET value = excluded.value, note = excluded.note,
                  updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      parameters: [...changed.columns(), actor.user.id, now],
    });
  const audited = audit.recordAllStatement(
    actor,
    batches.map(({ target, entries }) => ({
      action: 'submission.values',
      entity: 'submission',
      entityId: target.submissionId,
      regionId: target.regionId,
      agencyId: target.agencyId,
      cycleId: target.cycleId,
      reason: how.reason,
      changes: changedFields(entries, before.get(target.submissionId)),
    })),
  );
  if (audited) statements.push(audited);
  return { written, statements };
}

/** Rows to write as the four parallel arrays a statement unnests: submission ids, keys, values and notes. */
class ValueColumns {
  private readonly submissionIds: string[] = [];
  private readonly keys: string[] = [];
  private readonly values: (number | null)[] = [];
  private readonly notes: (string | null)[] = [];

  get length(): number {
    return this.keys.length;
  }

  push(row: SubmissionValue): void {
    this.submissionIds.push(row.submissionId);
    this.keys.push(row.indicatorKey);
    this.values.push(row.value);
    this.notes.push(row.note);
  }

  columns(): [string[], string[], (number | null)[], (string | null)[]] {
    return [this.submissionIds, this.keys, this.values, this.notes];
  }
}

/**
 * The audit's changes of one save: each value that differs from what was stored (`field` the indicator key), and
 * each note given that differs (`field` the key followed by `.note`).
 */
function changedFields(
  entries: readonly ValueEntry[],
  old: ReadonlyMap<string, StoredValue> | undefined,
): FieldChange[] {
  return entries.flatMap((entry) => {
    const stored = old?.get(entry.indicator);
    const value = toStoredValue(entry.value);
    const changes: FieldChange[] = [];
    if ((stored?.value ?? null) !== value || !stored)
      changes.push({ field: entry.indicator, old: stored?.value ?? null, new: value });
    if (entry.note !== undefined && entry.note !== null && entry.note !== (stored?.note ?? null))
      changes.push({ field: `${entry.indicator}.note`, old: stored?.note ?? null, new: entry.note });
    return changes;
  });
}

/**
 * What is wrong with one entry of a save: an unknown indicator, one the actor does not fill, or its value.
 * `field` names the entry as the form's request does (`values[i]`).
 */
export function valueEntryProblems(
  leaf: FrameworkDocumentLeaf | undefined,
  entry: { indicator: string; value: unknown },
  i: number,
  actor: Actor,
): FieldProblemInput[] {
  if (!leaf)
    return [
      {
        field: `values[${i}].indicator`,
        code: 'field.unknown_reference',
        params: { indicator: entry.indicator },
        problems: [`"${entry.indicator}" is not an indicator of this cycle`],
      },
    ];
  const params = indicatorParams(leaf);
  if (!mayFill(actor.user.role, leaf)) {
    const source = leaf.source ?? 'computed';
    return [
      {
        field: `values[${i}].indicator`,
        code: 'indicator.filled_by_other',
        params: { ...params, source },
        problems: [
          `"${entry.indicator}" is filled by ${source === 'computed' ? 'the system' : `the ${source}`}, not by you`,
        ],
      },
    ];
  }
  const problem = valueProblem(leaf, entry.value);
  return problem
    ? [
        {
          field: `values[${i}].value`,
          code: problem.code,
          params: { ...params, ...problem.params },
          problems: [`${entry.indicator} ${problem.text}`],
        },
      ]
    : [];
}
