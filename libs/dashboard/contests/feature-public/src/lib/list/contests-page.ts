import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ContestView } from '@prgauge/contracts';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  LocalDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  LocalYearPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';

/**
 * Contests a visitor may open. Anonymous visitors see those with published results; a signed-in person also
 * sees the announced contests of their region, and organisers their drafts.
 */
@Component({
  selector: 'pr-contests-page',
  imports: [
    LocalYearPipe,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalDayPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contests-page.html',
  styleUrl: './contests-page.scss',
})
export class ContestsPage {
  private readonly api = inject(ContestsApi);
  private readonly session = inject(SessionStore);

  protected readonly contests = resource({
    params: () => (this.session.ready() ? { signedIn: this.session.signedIn() } : undefined),
    loader: async ({ params }): Promise<ContestView[]> => {
      const [current, published] = await Promise.all([
        params.signedIn ? this.api.contests() : this.api.openContests(),
        this.api.publishedContests(),
      ]);
      return [...current, ...published.filter((p) => !current.some((c) => c.id === p.id))];
    },
  });

  /** Open contests first, then the years, newest first. */
  protected readonly sorted = computed(() =>
    [...(this.contests.hasValue() ? this.contests.value() : [])].sort(
      (a, b) =>
        Number(a.phase === 'results_published') - Number(b.phase === 'results_published') || b.year - a.year,
    ),
  );
}
