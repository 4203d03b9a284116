import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ContestView } from '@prgauge/contracts';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { LocalDayPipe, LocalNumberPipe, LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

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
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalDayPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-contests-page.html',
  styleUrl: './contests-page.scss',
})
export class MyContestsPage {
  /** From the route's data. */
  readonly purpose = input<MyContestsPurpose>('jury');

  private readonly api = inject(ContestsApi);
  /** A juror sees only the contests where they have sheets, with how many they have saved. */
  protected readonly contests = resource({
    params: () => this.purpose(),
    loader: async ({ params }) => {
      const candidates = contestsFor(params, await this.api.contests());
      if (params !== 'jury') return candidates.map((contest) => ({ contest, progress: null }));
      const sheets = await Promise.all(candidates.map((c) => this.api.scoreSheets(c.id)));
      return candidates
        .map((contest, i) => ({
          contest,
          progress: { scored: sheets[i].filter((t) => t.scores !== null).length, total: sheets[i].length },
        }))
        .filter((row) => row.progress.total > 0);
    },
  });
}
