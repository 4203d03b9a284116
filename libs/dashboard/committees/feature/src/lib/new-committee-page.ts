import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CreateCommitteeRequest } from '@prgauge/contracts';
import { CommitteesApi } from '@prgauge/dashboard-committees-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { committeeFieldLabels } from './field-labels';
import { WriteState } from '@prgauge/dashboard-shared-data-access';
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
      @if (write.problems().length) {
        <div class="error" role="alert">
          <p>{{ 'committees.saveFailed' | t }}</p>
          @for (p of write.problems(); track $index) {
            <p>{{ p }}</p>
          }
        </div>
      }
      <pr-committee-form
        [busy]="write.busy()"
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
  protected readonly write = new WriteState(committeeFieldLabels());

  protected async create(input: CreateCommitteeRequest): Promise<void> {
    await this.write.run(async () => {
      const committee = await this.api.create(input);
      this.lookups.committees.reload();
      await this.router.navigate(['/training/committees', committee.id]);
    });
  }
}
