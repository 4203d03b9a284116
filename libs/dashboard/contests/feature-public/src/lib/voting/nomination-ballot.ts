import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import type { ContestBallot } from '@prgauge/contracts';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { VOTE_REFUSED, voteRefusalKey } from './vote-messages';

type BallotEntry = ContestBallot['nominations'][number];

/** One nomination's candidates: choose one, confirm that the vote is final, and it is cast. */
@Component({
  selector: 'pr-nomination-ballot',
  imports: [MatButtonModule, MatRadioModule, TranslatePipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nomination-ballot.html',
  styleUrl: './nomination-ballot.scss',
})
export class NominationBallot {
  readonly entry = input.required<BallotEntry>();
  readonly open = input.required<boolean>();
  readonly voted = output<void>();

  private readonly api = inject(ContestsApi);
  private readonly refusals = inject(RefusalText);
  protected readonly choice = signal<string | null>(null);
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  /** Why the vote was refused: the ballot's own words, and the refusal's text when those are only general. */
  protected readonly refusal = signal<{ key: string; detail: string | null } | null>(null);

  protected readonly votedFor = computed(() => {
    const entry = this.entry();
    return entry.candidates.find((c) => c.applicationId === entry.votedFor) ?? null;
  });

  protected readonly chosenName = computed(
    () => this.entry().candidates.find((c) => c.applicationId === this.choice())?.candidateName ?? '',
  );

  protected async cast(): Promise<void> {
    const applicationId = this.choice();
    if (!applicationId) return;
    this.busy.set(true);
    this.refusal.set(null);
    try {
      await this.api.vote(this.entry().nomination.id, applicationId);
      this.voted.emit();
    } catch (error) {
      const problem = apiProblemOf(error);
      const key = voteRefusalKey(problem.code);
      this.refusal.set(
        key ? { key, detail: null } : { key: VOTE_REFUSED, detail: this.refusals.summary(problem) },
      );
      if (problem.status === 409) this.voted.emit();
    } finally {
      this.busy.set(false);
      this.confirming.set(false);
    }
  }
}
