import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { CommitteeView } from '@prgauge/contracts';
import { apiProblemOf, CommitteeInput, CommitteesApi, SessionStore } from '@prgauge/dashboard-data-access';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-i18n';
import { ConfirmAction } from '../shared/confirm-action';
import { FrameworkIndices } from '../shared/framework-indices';
import { problemLines } from '../shared/problem-lines';
import { TrainingLookups } from '../shared/training-lookups';
import { TrainingTabs } from '../shared/training-tabs';
import { CommitteeForm } from './committee-form';
import { CommitteeMembers } from './committee-members';

type CommitteeNotice = 'saved' | 'stale' | null;

/** One committee: who sits on it in what role, and which framework indices it reviews; directors change it. */
@Component({
  selector: 'pr-committee-page',
  imports: [
    MatProgressBarModule,
    RouterLink,
    TrainingTabs,
    CommitteeForm,
    CommitteeMembers,
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
  /** The API lets directors (and national admins) change committees. */
  private readonly session = inject(SessionStore);
  protected readonly canEdit = computed(() => this.session.hasRole('director', 'admin'));

  protected readonly committee = resource({
    params: () => this.committeeId(),
    loader: ({ params }) => this.api.get(params),
  });
  protected readonly saving = signal(false);
  protected readonly notice = signal<CommitteeNotice>(null);
  protected readonly problems = signal<string[]>([]);

  protected readonly duties = computed(() =>
    (this.committee.value()?.indices ?? []).map((key) => ({ key, name: this.framework.nameOf(key) })),
  );

  protected async save(input: CommitteeInput): Promise<void> {
    const committee = this.committee.value();
    if (!committee) return;
    await this.write(async () => {
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

  protected remove(): Promise<void> {
    const committee = this.committee.value();
    if (!committee) return Promise.resolve();
    return this.write(async () => {
      await this.api.remove(committee.id);
      this.lookups.committees.reload();
      await this.router.navigate(['/training/committees']);
    });
  }

  protected adopt(committee: CommitteeView): void {
    this.committee.set(committee);
    this.lookups.committees.reload();
  }

  private async write(call: () => Promise<void>): Promise<void> {
    this.saving.set(true);
    this.notice.set(null);
    this.problems.set([]);
    try {
      await call();
    } catch (error) {
      this.problems.set(problemLines(error));
    } finally {
      this.saving.set(false);
    }
  }
}
