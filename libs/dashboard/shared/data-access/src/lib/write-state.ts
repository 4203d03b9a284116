import { inject, signal } from '@angular/core';
import { apiProblemOf } from './api-problem';
import { FieldLabels, RefusalText } from '@prgauge/dashboard-shared-i18n';

/**
 * A screen's writes, one at a time: whether one is under way, and what the last refusal said, one line per
 * field problem under the field's label. Create it in a field initialiser (it injects).
 */
export class WriteState {
  private readonly refusals = inject(RefusalText);
  readonly busy = signal(false);
  readonly problems = signal<string[]>([]);

  /** `labels` names the fields of the screen's form, as the refusal's lines call them. */
  constructor(private readonly labels: FieldLabels) {}

  /** Runs the write after clearing the last refusal; true when it went through. */
  async run(write: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.problems.set([]);
    try {
      await write();
      return true;
    } catch (error) {
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
