import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { CommitteeView, CreateCommitteeRequest } from '@prgauge/contracts';
import { CommitteesApi } from '@prgauge/dashboard-committees-data-access';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { ConfirmAction } from '@prgauge/dashboard-shared-ui';
import { FrameworkIndices } from '@prgauge/dashboard-committees-data-access';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { committeeFieldLabels } from './field-labels';
import { WriteState } from '@prgauge/dashboard-shared-data-access';
import { CommitteeForm } from './committee-form';
import { CommitteeMembers } from './committee-members';
import { CommitteeTraining } from './committee-training';

type CommitteeNotice = 'saved' | 'stale' | null;

/**
 * One committee: who sits on it in what role, which framework indices it reviews, and the training it organised
 * (person-hours, people trained) in a period; directors change it.
 */
@Component({
  selector: 'pr-committee-page',
  imports: [
    MatProgressBarModule,
    RouterLink,
    TrainingTabs,
    CommitteeForm,
    CommitteeMembers,
    CommitteeTraining,
    ConfirmAction,
    TranslatePipe,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './committee-page.html',
  styleUrl: './committees.scss',
})
export class CommitteePage {
  readonly committeeId = input.required<string>();

  private readonly api = inject(CommitteesApi);
  private readonly router = inject(Router);
  private readonly lookups = inject(TrainingLookups);
  private readonly framework = inject(FrameworkIndices);
  private readonly session = inject(SessionStore);

  protected readonly committee = resource({
    params: () => this.committeeId(),
    loader: ({ params }) => this.api.get(params),
  });
  protected readonly canEdit = computed(() => {
    const committee = this.committee.hasValue() ? this.committee.value() : undefined;
    return committee !== undefined && this.session.can('committee.manage', committee);
  });
  /** Whether the reader may read the region's training figures, which the committee's section shows. */
  protected readonly readsTraining = computed(() => {
    const committee = this.committee.hasValue() ? this.committee.value() : undefined;
    return committee !== undefined && this.session.can('training.report.read', committee);
  });
  protected readonly write = new WriteState(committeeFieldLabels());
  protected readonly notice = signal<CommitteeNotice>(null);

  protected readonly duties = computed(() =>
    (this.committee.hasValue() ? this.committee.value().indices : []).map((key) => ({
      key,
      name: this.framework.nameOf(key),
    })),
  );

  protected async save(input: CreateCommitteeRequest): Promise<void> {
    const committee = this.committee.hasValue() ? this.committee.value() : undefined;
    if (!committee) return;
    this.notice.set(null);
    await this.write.run(async () => {
      try {
        this.adopt(await this.api.update(committee.id, committee.version, input));
        this.notice.set('saved');
      } catch (error) {
        const problem = apiProblemOf(error);
        if (problem.status !== 409 || !problem.current) throw error;
        // The form now shows the other person's version, so the director re-applies a change knowingly.
        this.adopt(problem.current as CommitteeView);
        this.notice.set('stale');
      }
    });
  }

  protected remove(): Promise<boolean> {
    const committee = this.committee.hasValue() ? this.committee.value() : undefined;
    if (!committee) return Promise.resolve(false);
    this.notice.set(null);
    return this.write.run(async () => {
      await this.api.remove(committee.id);
      this.lookups.committees.reload();
      await this.router.navigate(['/training/committees']);
    });
  }

  protected adopt(committee: CommitteeView): void {
    this.committee.set(committee);
    this.lookups.committees.reload();
  }
}
