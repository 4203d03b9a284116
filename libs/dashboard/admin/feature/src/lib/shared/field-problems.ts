import type { ApiProblem } from '@prgauge/dashboard-data-access';

/** What is wrong with each field, as translation keys or the server's own words, keyed by field name. */
export type FieldProblems = Partial<Record<string, string[]>>;

/** The API's per-field refusals, keyed by the field's last path segment so they land beside the input. */
export function serverFieldProblems(problem: ApiProblem): FieldProblems {
  const out: FieldProblems = {};
  for (const detail of problem.details) {
    const field = detail.field.split('.').pop() ?? detail.field;
    out[field] = [...(out[field] ?? []), ...detail.problems];
  }
  return out;
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
