import type { ApiProblem } from '@prgauge/dashboard-data-access';

/** The first problem the API named for each field, so that a form shows it next to that field. */
export function fieldProblems(problem: ApiProblem): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const d of problem.details) {
    const field = d.field.split(/[.[]/)[0];
    byField[field] ??= d.problems.join('; ');
  }
  return byField;
}
