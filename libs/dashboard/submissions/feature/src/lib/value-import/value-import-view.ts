import type { ErrorParams, JobState, LocalizedText, ValueImportProblem } from '@prgauge/contracts';

/** Where the page is in its work: choosing a file, checking it, looking at the check, saving, saved. */
export type ImportStep = 'idle' | 'checking' | 'checked' | 'applying' | 'applied';

/**
 * The translation key of the result's heading. An apply queued as a background job is not saved until the job
 * is done: while it waits or runs the heading says so, and a failed job is not called saved either. `jobState`
 * is null for an apply answered at once (saved) and for a job whose state is not known yet (still running).
 */
export function resultHeading(step: ImportStep, queued: boolean, jobState: JobState | null): string {
  if (step !== 'applied') return 'valueImport.result.checked';
  if (!queued || jobState === 'done') return 'valueImport.result.applied';
  return jobState === 'failed' ? 'valueImport.result.failed' : 'valueImport.result.running';
}

/**
 * A problem's params as the reader's text shows them: the indicator by its title in `title`'s pick of the
 * reader's language, where the API named one (`indicatorName`); its key otherwise.
 */
export function problemParams(
  problem: ValueImportProblem,
  title: (name: LocalizedText | string) => string,
): ErrorParams {
  if (problem.indicatorName === undefined) return problem.params;
  const picked = title(problem.indicatorName);
  return picked ? { ...problem.params, indicator: picked } : problem.params;
}
