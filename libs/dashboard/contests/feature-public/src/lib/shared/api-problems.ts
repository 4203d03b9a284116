import type { ApiProblem } from '@prgauge/dashboard-shared-data-access';
import { RefusalText, topField } from '@prgauge/dashboard-shared-i18n';

/**
 * What the API said of each field, worded from the problems' codes, so that a form shows it next to that field.
 * Fields are keyed by `keyOf` (by default the path's first name: `links[2]` → `links`); a field's distinct
 * problems are joined.
 */
export function fieldProblems(
  problem: ApiProblem,
  refusals: RefusalText,
  keyOf: (field: string) => string = topField,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(refusals.byField(problem, keyOf)).map(([field, texts]) => [
      field,
      [...new Set(texts)].join('; '),
    ]),
  );
}
