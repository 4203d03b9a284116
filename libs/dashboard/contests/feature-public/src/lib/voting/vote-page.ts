import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalMomentPipe, LocalDayPipe, LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { NominationBallot } from './nomination-ballot';

/** The voting page of a verified journalist: one final vote per nomination, within the voting window. */
@Component({
  selector: 'pr-vote-page',
  imports: [
    LocalDayPipe,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalMomentPipe,
    NominationBallot,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vote-page.html',
  styleUrl: './vote-page.scss',
})
export class VotePage {
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsApi);

  protected readonly ballot = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.ballot(params),
  });

  /** 403 for anyone but a journalist: the page says who may vote instead of a bare error. */
  protected readonly notJournalist = computed(() => {
    const error = this.ballot.error();
    return error !== undefined && apiProblemOf(error).status === 403;
  });

  protected readonly votesLeft = computed(() =>
    this.ballot.hasValue()
      ? this.ballot.value().nominations.filter((n) => n.votedFor === null && n.candidates.length).length
      : 0,
  );
}
