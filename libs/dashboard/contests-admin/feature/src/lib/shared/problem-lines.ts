import type { ApiProblem } from '@prgauge/dashboard-data-access';

/** What the server refused, one line per field, or its message when no field is named. */
export function problemLines(problem: ApiProblem): string[] {
  const lines = problem.details.flatMap((d) => d.problems.map((p) => `${d.field}: ${p}`));
  return lines.length ? lines : [problem.message];
}
