import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ContestView } from '@prgauge/contracts';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { LocalDatePipe, LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-i18n';

export type MyContestsPurpose = 'jury' | 'voting';

/** Which contests concern a juror (being judged) or a journalist (with a voting window not yet over). */
export function contestsFor(
  purpose: MyContestsPurpose,
  contests: ContestView[],
  now = Date.now(),
): ContestView[] {
  return contests.filter((c) =>
    purpose === 'jury'
      ? c.phase === 'judging' || c.phase === 'applications_closed'
      : c.votingEndAt !== null && Date.parse(c.votingEndAt) > now && c.phase !== 'results_published',
  );
}

/** A juror's or a journalist's start page: the contests where they have sheets to score or votes to cast. */
@Component({
  selector: 'pr-my-contests-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, LocalizedPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-contests-page.html',
  styleUrl: './contests-page.scss',
})
export class MyContestsPage {
  /** From the route's data. */
  readonly purpose = input<MyContestsPurpose>('jury');

  private readonly api = inject(ContestsApi);
  protected readonly contests = resource({ loader: () => this.api.contests() });
  protected readonly mine = computed(() => contestsFor(this.purpose(), this.contests.value() ?? []));
}
