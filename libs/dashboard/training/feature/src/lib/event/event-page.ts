import { ChangeDetectionStrategy, Component, effect, inject, input, resource, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { CreateTrainingEventRequest, TrainingEventView } from '@prgauge/contracts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import {
  CalendarDayPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  RefusalText,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { RegisterImport } from '../register/register-import';
import { RegisterTable } from '../register/register-table';
import { RegisterStore } from '../register/register.store';
import { ConfirmAction } from '@prgauge/dashboard-shared-ui';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { trainingFieldLabels } from '../shared/field-labels';
import { EventForm } from './event-form';

/** Why the last save of the event's fields did not go through, as a translation key. */
type SaveNotice = 'saved' | 'stale' | 'failed' | 'deleteFailed' | null;

/** One event: its figures as the register is edited, its fields for managers, and the register itself. */
@Component({
  selector: 'pr-training-event-page',
  imports: [
    LocalPercentPipe,
    MatProgressBarModule,
    RouterLink,
    TrainingTabs,
    EventForm,
    ConfirmAction,
    RegisterTable,
    RegisterImport,
    TranslatePipe,
    LocalNumberPipe,
    CalendarDayPipe,
  ],
  providers: [RegisterStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-page.html',
  styleUrl: './event-page.scss',
})
export class EventPage {
  readonly eventId = input.required<string>();

  private readonly api = inject(TrainingApi);
  private readonly router = inject(Router);
  protected readonly lookups = inject(TrainingLookups);
  protected readonly register = inject(RegisterStore);
  protected readonly saving = signal(false);
  protected readonly notice = signal<SaveNotice>(null);
  protected readonly problems = signal<string[]>([]);
  private readonly refusals = inject(RefusalText);
  private readonly labels = trainingFieldLabels();

  protected readonly event = resource({
    params: () => this.eventId(),
    loader: ({ params }) => this.api.event(params),
  });

  constructor() {
    effect(() => {
      const event = this.event.hasValue() ? this.event.value() : undefined;
      if (event && event.id !== this.register.event()?.id) void this.register.load(event);
    });
  }

  protected async save(input: CreateTrainingEventRequest): Promise<void> {
    const event = this.event.hasValue() ? this.event.value() : undefined;
    if (!event) return;
    this.saving.set(true);
    this.problems.set([]);
    try {
      this.adopt(await this.api.updateEvent(event.id, event.version, input));
      this.notice.set('saved');
    } catch (error) {
      const problem = apiProblemOf(error);
      if (problem.status === 409 && problem.current) {
        // The form shows the other person's version, so the manager re-applies a change knowingly.
        this.adopt(problem.current as TrainingEventView);
        this.notice.set('stale');
      } else {
        this.notice.set('failed');
        this.problems.set(this.refusals.lines(problem, this.labels));
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** Deletes the event with its register, then returns to the list, which no longer shows it. */
  protected async remove(): Promise<void> {
    const event = this.event.hasValue() ? this.event.value() : undefined;
    if (!event) return;
    this.saving.set(true);
    try {
      await this.api.deleteEvent(event.id);
      await this.router.navigate(['/training'], { queryParams: { deleted: event.title } });
    } catch {
      this.notice.set('deleteFailed');
    } finally {
      this.saving.set(false);
    }
  }

  private adopt(event: TrainingEventView): void {
    this.event.set(event);
    this.register.event.set(event);
  }
}
