import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { VOTER_STATUSES, type VoterStatus, type VoterView } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalDayPipe, LocalNumberPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { ContestHeader } from '../shared/contest-header';
import { DecisionForm, type Verdict } from '../shared/decision-form';
import { contestFieldLabels } from '../shared/field-labels';

const isStatus = (value: string | undefined): value is VoterStatus =>
  (VOTER_STATUSES as readonly string[]).includes(value ?? '');

/** Journalists' and bloggers' registrations to vote: the proof of their media work, and a verdict on each. */
@Component({
  selector: 'pr-voters-page',
  imports: [
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    ContestHeader,
    DecisionForm,
    TranslatePipe,
    LocalDayPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './voters-page.html',
  styleUrl: './voters-page.scss',
})
export class VotersPage {
  readonly contestId = input.required<string>();
  /** `?state=` in the address; pending registrations first by default. */
  readonly state = input<string>();

  private readonly api = inject(ContestsAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = contestFieldLabels();
  private readonly router = inject(Router);
  protected readonly statuses = VOTER_STATUSES;
  protected readonly busyId = signal<string | null>(null);
  protected readonly problems = signal<{ id: string; lines: string[] } | null>(null);

  protected readonly contest = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.contest(params),
  });
  protected readonly voters = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.voters(params),
  });

  protected readonly stateFilter = computed(() => {
    const state = this.state();
    return isStatus(state) ? state : null;
  });
  protected readonly shown = computed(() => {
    const state = this.stateFilter();
    return (this.voters.hasValue() ? this.voters.value() : []).filter((v) => !state || v.status === state);
  });

  protected choose(state: string | null): void {
    void this.router.navigate([], { queryParams: { state }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected async decide(voter: VoterView, { approve, reason }: Verdict): Promise<void> {
    this.busyId.set(voter.id);
    this.problems.set(null);
    try {
      const status = approve ? 'verified' : 'rejected';
      const updated = await this.api.verifyVoter(voter.id, reason ? { status, reason } : { status });
      this.voters.update((list) => list?.map((v) => (v.id === updated.id ? updated : v)));
    } catch (error) {
      this.problems.set({ id: voter.id, lines: this.refusals.lines(apiProblemOf(error), this.labels) });
    } finally {
      this.busyId.set(null);
    }
  }
}
