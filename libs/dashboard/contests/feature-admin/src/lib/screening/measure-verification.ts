import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  type ApplicationView,
  criterionKind,
  type ContestCriterion,
  type NominationView,
} from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, LocalNumberPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputNumber } from '@prgauge/dashboard-shared-ui';
import { contestFieldLabels } from '../shared/field-labels';

/** One measured criterion of a nomination the application entered, with what the applicant stated and what was verified. */
export interface MeasureLine {
  nomination: NominationView;
  criterion: ContestCriterion;
  stated: number | null;
  verified: number | null;
  /** The measure's version; 0 when nothing is held yet. */
  version: number;
}

/**
 * The measured criteria of an application (subscribers, engagement rate, posts): the organiser confirms the
 * stated value or enters the one they found, and may withdraw a verification. Only verified values count.
 */
@Component({
  selector: 'pr-measure-verification',
  imports: [MatButtonModule, TranslatePipe, LocalizedPipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-verification.html',
  styleUrl: './measure-verification.scss',
})
export class MeasureVerification {
  readonly application = input.required<ApplicationView>();
  readonly nominations = input.required<NominationView[]>();
  readonly verified = output<ApplicationView>();

  private readonly api = inject(ContestsAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = contestFieldLabels();
  protected readonly inputNumber = inputNumber;
  protected readonly busy = signal(false);
  protected readonly problems = signal<string[]>([]);
  /** What the organiser typed per line, before it is saved. */
  protected readonly typed = signal<Record<string, number | null>>({});

  protected readonly lines = computed<MeasureLine[]>(() => {
    const a = this.application();
    return this.nominations()
      .filter((n) => a.nominationIds.includes(n.id))
      .flatMap((nomination) =>
        nomination.criteria
          .filter((c) => criterionKind(c) === 'measured')
          .map((criterion) => {
            const held = a.measures.find(
              (m) => m.nominationId === nomination.id && m.criterionKey === criterion.key,
            );
            return {
              nomination,
              criterion,
              stated: held?.stated ?? null,
              verified: held?.verified ?? null,
              version: held?.version ?? 0,
            };
          }),
      );
  });

  protected lineKey(line: MeasureLine): string {
    return `${line.nomination.id}|${line.criterion.key}`;
  }

  /** The value the field shows: what was typed, else the verified value, else the stated one to confirm. */
  protected shown(line: MeasureLine): number | null {
    const typed = this.typed()[this.lineKey(line)];
    return typed !== undefined ? typed : (line.verified ?? line.stated);
  }

  /** An emptied field is null: saving it withdraws the verification. */
  protected type(line: MeasureLine, value: number): void {
    this.typed.update((t) => ({ ...t, [this.lineKey(line)]: Number.isNaN(value) ? null : value }));
  }

  protected async save(line: MeasureLine, verified: number | null): Promise<void> {
    this.busy.set(true);
    this.problems.set([]);
    try {
      const updated = await this.api.verifyMeasure(this.application().id, {
        nominationId: line.nomination.id,
        criterionKey: line.criterion.key,
        verified,
        version: line.version,
      });
      const key = this.lineKey(line);
      this.typed.update((t) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== key)));
      this.verified.emit(updated);
    } catch (error) {
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
    } finally {
      this.busy.set(false);
    }
  }
}
