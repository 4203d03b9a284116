import { apiProblemOf } from '@prgauge/dashboard-data-access';

/** What a refused write says, one line per field problem, or its message when no field is named. */
export function problemLines(error: unknown): string[] {
  const problem = apiProblemOf(error);
  return problem.details.length
    ? problem.details.flatMap((d) => d.problems.map((p) => `${d.field}: ${p}`))
    : [problem.message];
}
