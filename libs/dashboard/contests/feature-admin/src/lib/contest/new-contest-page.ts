import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CreateContestRequest } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { contestFieldLabels } from '../shared/field-labels';
import { ContestForm } from './contest-form';

/** Sets a contest up, then opens it so that its nominations can be added at once. */
@Component({
  selector: 'pr-new-contest-page',
  imports: [RouterLink, ContestForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back">
      <a routerLink="/contests/manage">{{ 'contestsAdmin.list.title' | t }}</a>
    </p>
    <h1>{{ 'contestsAdmin.list.new' | t }}</h1>
    <section class="card">
      @if (problems().length) {
        <div class="problems" role="alert">
          <p>{{ 'contestsAdmin.form.saveFailed' | t }}</p>
          @for (p of problems(); track $index) {
            <p>{{ p }}</p>
          }
        </div>
      }
      <pr-contest-form [busy]="saving()" (submitted)="create($event)" />
    </section>
  `,
  styles: `
    .back {
      margin-block: 0 0.25rem;
    }
    h1 {
      margin: 0 0 1rem;
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
export class NewContestPage {
  private readonly api = inject(ContestsAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = contestFieldLabels();
  private readonly router = inject(Router);
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected async create(input: CreateContestRequest): Promise<void> {
    this.saving.set(true);
    this.problems.set([]);
    try {
      const contest = await this.api.createContest(input);
      await this.router.navigate(['/contests/manage', contest.id]);
    } catch (error) {
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
    } finally {
      this.saving.set(false);
    }
  }
}
