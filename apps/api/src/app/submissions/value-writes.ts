import type { FrameworkDocumentLeaf } from '@prgauge/contracts';
import { type EntityManager, In } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { AuditService } from '../audit/audit.service';
import type { FieldProblemInput } from '../common/api-error';
import { indicatorParams } from '../cycles/indicator-params';
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
  const { submissionId } = target;
  const before = await manager.findBy(SubmissionValue, {
    submissionId,
    indicatorKey: In(entries.map((v) => v.indicator)),
  });
  const old = new Map(before.map((v) => [v.indicatorKey, v]));
  const written = entries.map((entry) =>
    manager.create(SubmissionValue, {
      submissionId,
      indicatorKey: entry.indicator,
      value: toStoredValue(entry.value),
      note: entry.note ?? old.get(entry.indicator)?.note ?? null,
      updatedBy: actor.user.id,
      updatedAt: now,
    }),
  );
  await manager.upsert(SubmissionValue, written, ['submissionId', 'indicatorKey']);
  await audit.record(manager, actor, {
    action: 'submission.values',
    entity: 'submission',
    entityId: submissionId,
    regionId: target.regionId,
    agencyId: target.agencyId,
    cycleId: target.cycleId,
    reason,
    changes: entries
      .filter(
        (entry) =>
          old.get(entry.indicator)?.value !== toStoredValue(entry.value) ||
          (entry.note !== undefined && entry.note !== old.get(entry.indicator)?.note),
      )
      .map((entry) => ({
        field: entry.indicator,
        old: old.get(entry.indicator)?.value ?? null,
        new: toStoredValue(entry.value),
      })),
  });
  return written;
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
