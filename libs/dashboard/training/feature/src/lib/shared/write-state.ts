import { signal } from '@angular/core';
import { apiProblemOf } from '@prgauge/dashboard-data-access';

/** What a refused write says, one line per field problem, or its message when no field is named. */
export function problemLines(error: unknown): string[] {
  const problem = apiProblemOf(error);
  return problem.details.length
    ? problem.details.flatMap((d) => d.problems.map((p) => `${d.field}: ${p}`))
    : [problem.message];
}

/** A screen's writes, one at a time: whether one is under way, and what the last refusal said. */
export class WriteState {
  readonly busy = signal(false);
  readonly problems = signal<string[]>([]);

  /** Runs the write after clearing the last refusal; true when it went through. */
  async run(write: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.problems.set([]);
    try {
      await write();
      return true;
    } catch (error) {
      this.problems.set(problemLines(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
