import type { ApiProblem } from '@prgauge/dashboard-shared-data-access';
import { lastField, RefusalText, type FieldLabels } from '@prgauge/dashboard-shared-i18n';

/** What is wrong with each field, as translation keys or worded refusals, keyed by field name. */
export type FieldProblems = Partial<Record<string, string[]>>;

/** A refused change as the admin pages show it: what kind of refusal (a translation key), and the API's reason. */
export interface Failure {
  kind: string;
  /** The refusal worded from its code; null when the kind says all (the server could not be reached). */
  reason: string | null;
}

/** The API's per-field refusals, worded, keyed by the field's last path segment so they land beside the input. */
export function serverFieldProblems(problem: ApiProblem, refusals: RefusalText): FieldProblems {
  return refusals.byField(problem, lastField);
}

/**
 * The kind and the reason of a refusal. A field the reason names (`{field}`, `{other}`) reads by the page's
 * label (`admin.field.<name>`), never by its key. `namesFields` is for a form that shows no problem beside its
 * inputs: the reason then says what is wrong with each field ("Deadline: Must not be before Period starts")
 * rather than only that some fields are invalid.
 */
export function failureOf(
  problem: ApiProblem,
  refusals: RefusalText,
  labels: FieldLabels = refusals.labelsFrom('admin.field.'),
  namesFields = false,
): Failure {
  if (problem.status === 0) return { kind: problemKind(0), reason: null };
  return {
    kind: problemKind(problem.status),
    reason: namesFields ? refusals.lines(problem, labels).join(' ') : refusals.summary(problem, labels),
  };
}

/** The translation key that says what kind of refusal a status is. */
export function problemKind(status: number): string {
  if (status === 0) return 'admin.error.network';
  if (status === 403) return 'admin.error.forbidden';
  if (status === 404) return 'admin.error.notFound';
  if (status === 409) return 'admin.error.conflict';
  if (status >= 400 && status < 500) return 'admin.error.invalid';
  return 'admin.error.server';
}
