import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CreateTrainingProgrammeRequest } from '@prgauge/contracts';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { WriteState } from '@prgauge/dashboard-shared-data-access';
import { trainingFieldLabels } from '../shared/field-labels';
import { ProgrammeForm } from './programme-form';

/** A national admin sets up a programme that regions' events can then belong to. */
@Component({
  selector: 'pr-new-programme-page',
  imports: [RouterLink, TrainingTabs, ProgrammeForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pr-training-tabs />
    <header class="page-header">
      <a class="back" routerLink="/training/programmes">{{ 'training.programmes.back' | t }}</a>
      <h1>{{ 'training.programmes.new' | t }}</h1>
    </header>
    <section class="card">
      @if (write.problems().length) {
        <div class="error" role="alert">
          @for (p of write.problems(); track $index) {
            <p>{{ p }}</p>
          }
        </div>
      }
      <pr-programme-form
        [busy]="write.busy()"
        [submitLabel]="'training.programmes.create' | t"
        (submitted)="create($event)"
      />
    </section>
  `,
  styleUrl: './programmes.scss',
})
export class NewProgrammePage {
  private readonly api = inject(TrainingApi);
  private readonly lookups = inject(TrainingLookups);
  private readonly router = inject(Router);
  protected readonly write = new WriteState(trainingFieldLabels());

  protected async create(input: CreateTrainingProgrammeRequest): Promise<void> {
    await this.write.run(async () => {
      const programme = await this.api.createProgramme(input);
      this.lookups.programmes.reload();
      await this.router.navigate(['/training/programmes', programme.id]);
    });
  }
}
