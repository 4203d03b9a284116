import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TrainingApi, TrainingProgrammeInput } from '@prgauge/dashboard-data-access';
import { TranslatePipe } from '@prgauge/dashboard-i18n';
import { problemLines } from '../shared/problem-lines';
import { TrainingLookups } from '../shared/training-lookups';
import { TrainingTabs } from '../shared/training-tabs';
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
      @if (problems().length) {
        <div class="error" role="alert">
          @for (p of problems(); track $index) {
            <p>{{ p }}</p>
          }
        </div>
      }
      <pr-programme-form
        [busy]="saving()"
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
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected async create(input: TrainingProgrammeInput): Promise<void> {
    this.saving.set(true);
    try {
      const programme = await this.api.createProgramme(input);
      this.lookups.programmes.reload();
      await this.router.navigate(['/training/programmes', programme.id]);
    } catch (error) {
      this.problems.set(problemLines(error));
    } finally {
      this.saving.set(false);
    }
  }
}
