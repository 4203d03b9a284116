import type { ApiProblem } from '@prgauge/dashboard-shared-data-access';
import { lastField, RefusalText, type FieldLabels } from '@prgauge/dashboard-shared-i18n';

/** What is wrong with each field: translation keys of the form's own checks, or worded refusals of the API. */
export type FieldProblems = Partial<Record<string, string[]>>;

/** A refused request as the pages show it: the API's reason, worded from its code in the reader's language. */
export interface Failure {
  /** A translation key saying what kind of refusal it is. */
  kind: string;
  /** The refusal worded from its code; null when the server could not be reached. */
  reason: string | null;
}

/**
 * The API's per-field refusals, worded, keyed by the field's last name (`name.fa` → `fa`, `timeZone`), so each
 * shows beside its input.
 */
export function serverFieldProblems(problem: ApiProblem, refusals: RefusalText): FieldProblems {
  return refusals.byField(problem, (field) => lastField(field));
}

/**
 * The kind and the reason of a refusal. A field the reason names (`{field}` of `record.taken`) reads by the
 * form's label (`org.field.<name>`), never by its key.
 */
export function failureOf(
  problem: ApiProblem,
  refusals: RefusalText,
  labels: FieldLabels = refusals.labelsFrom('org.field.'),
): Failure {
  return {
    kind: problemKind(problem),
    reason: problem.status === 0 ? null : refusals.summary(problem, labels),
  };
}

/**
 * The translation key that says what kind of refusal it is. Only a stale version is "someone changed it":
 * another 409 (a login or code already taken) is a refusal of the change itself.
 */
export function problemKind(problem: Pick<ApiProblem, 'status' | 'code'>): string {
  const { status } = problem;
  if (status === 0) return 'org.error.network';
  if (status === 403) return 'org.error.forbidden';
  if (status === 404) return 'org.error.notFound';
  if (status === 409 && problem.code === 'record.stale_version') return 'org.error.conflict';
  if (status >= 400 && status < 500) return 'org.error.invalid';
  return 'org.error.server';
}

/** `problems` without the entries of `fields`, once those were edited again. */
export function withoutFields(problems: FieldProblems, fields: readonly string[]): FieldProblems {
  return Object.fromEntries(Object.entries(problems).filter(([field]) => !fields.includes(field)));
}
