import type { FieldProblemCode } from '@prgauge/contracts';
import type { ApiProblem } from '@prgauge/dashboard-data-access';

/** Field problems the dashboard words itself, by code; any other shows the API's own words. */
const WORDED: Partial<Record<FieldProblemCode, string>> = {
  'field.weak_password': 'contests.problem.weakPassword',
};

/** The first problem the API named for each field, so that a form shows it next to that field. */
export function fieldProblems(problem: ApiProblem): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const d of problem.details) {
    const field = d.field.split(/[.[]/)[0];
    byField[field] ??= (d.code && WORDED[d.code]) || d.problems.join('; ');
  }
  return byField;
}
