import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CreateTrainingEventRequest } from '@prgauge/contracts';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { WriteState } from '@prgauge/dashboard-shared-data-access';
import { trainingFieldLabels } from '../shared/field-labels';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { EventForm } from './event-form';

/** Records a new event, then opens it so its register can be filled at once. */
@Component({
  selector: 'pr-training-new-event-page',
  imports: [RouterLink, TrainingTabs, EventForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pr-training-tabs />
    <header class="page-header">
      <a routerLink="/training">{{ 'training.event.back' | t }}</a>
      <h1>{{ 'training.events.new' | t }}</h1>
    </header>
    <section class="card">
      @if (write.problems().length) {
        <div class="problems" role="alert">
          <p>{{ 'training.event.saveFailed' | t }}</p>
          @for (p of write.problems(); track $index) {
            <p>{{ p }}</p>
          }
        </div>
      }
      <pr-event-form [busy]="write.busy()" (submitted)="create($event)" />
    </section>
  `,
  styles: `
    .page-header {
      margin-block-end: 1rem;
    }
    h1 {
      margin: 0.5rem 0 0;
      font-size: 1.5rem;
    }
    .card {
      background: #fff;
      border: 1px solid #e0e3ea;
      border-radius: 8px;
      padding: 1rem;
    }
    .problems {
      color: #b3261e;
    }
  `,
})
export class NewEventPage {
  private readonly api = inject(TrainingApi);
  private readonly router = inject(Router);
  protected readonly write = new WriteState(trainingFieldLabels());

  protected async create(input: CreateTrainingEventRequest): Promise<void> {
    await this.write.run(async () => {
      const event = await this.api.createEvent(input);
      await this.router.navigate(['/training/events', event.id]);
    });
  }
}
