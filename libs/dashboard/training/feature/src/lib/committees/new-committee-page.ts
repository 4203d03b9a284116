import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { CommitteeInput, CommitteesApi } from '@prgauge/dashboard-data-access';
import { TranslatePipe } from '@prgauge/dashboard-i18n';
import { problemLines } from '../shared/problem-lines';
import { TrainingLookups } from '../shared/training-lookups';
import { TrainingTabs } from '../shared/training-tabs';
import { CommitteeForm } from './committee-form';

/** Sets up a committee, then opens it so that its members can be seated. */
@Component({
  selector: 'pr-new-committee-page',
  imports: [RouterLink, TrainingTabs, CommitteeForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pr-training-tabs />
    <header class="page-header">
      <a class="back" routerLink="/training/committees">{{ 'committees.back' | t }}</a>
      <h1>{{ 'committees.new' | t }}</h1>
    </header>
    <section class="card">
      @if (problems().length) {
        <div class="error" role="alert">
          <p>{{ 'committees.saveFailed' | t }}</p>
          @for (p of problems(); track $index) {
            <p>{{ p }}</p>
          }
        </div>
      }
      <pr-committee-form
        [busy]="saving()"
        [submitLabel]="'committees.create' | t"
        (submitted)="create($event)"
      />
    </section>
  `,
  styleUrl: './committees.scss',
})
export class NewCommitteePage {
  private readonly api = inject(CommitteesApi);
  private readonly lookups = inject(TrainingLookups);
  private readonly router = inject(Router);
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected async create(input: CommitteeInput): Promise<void> {
    this.saving.set(true);
    try {
      const committee = await this.api.create(input);
      this.lookups.committees.reload();
      await this.router.navigate(['/training/committees', committee.id]);
    } catch (error) {
      this.problems.set(problemLines(error));
    } finally {
      this.saving.set(false);
    }
  }
}
