import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { ApplicationView, NominationView } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { CalendarDayPipe, LocalNumberPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { DecisionForm, type Verdict } from '../shared/decision-form';
import { contestFieldLabels } from '../shared/field-labels';
import { MeasureVerification } from './measure-verification';

/** One application in full, with its files and measured values to verify, and the organiser's decision on it. */
@Component({
  selector: 'pr-application-details',
  imports: [DecisionForm, MeasureVerification, TranslatePipe, CalendarDayPipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-details.html',
  styleUrl: './application-details.scss',
})
export class ApplicationDetails {
  readonly application = input.required<ApplicationView>();
  /** The contest's nominations, whose measured criteria the organiser verifies. */
  readonly nominations = input<NominationView[]>([]);
  /** The application after a decision or a verification. */
  readonly screened = output<ApplicationView>();

  private readonly api = inject(ContestsAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = contestFieldLabels();
  protected readonly busy = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected async decide({ approve, reason }: Verdict): Promise<void> {
    this.busy.set(true);
    this.problems.set([]);
    try {
      const status = approve ? 'accepted' : 'rejected';
      this.screened.emit(
        await this.api.screen(this.application().id, reason ? { status, reason } : { status }),
      );
    } catch (error) {
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
    } finally {
      this.busy.set(false);
    }
  }
}
