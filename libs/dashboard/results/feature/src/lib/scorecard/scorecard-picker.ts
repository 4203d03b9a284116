import { ChangeDetectionStrategy, Component, effect, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { latestPublishedCycle } from '@prgauge/dashboard-admin-data-access';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { ReadFailed } from '@prgauge/dashboard-shared-ui';

/** `/scorecards`: an agency editor goes straight to their agency's latest scorecard; others choose in the ranking. */
@Component({
  selector: 'pr-scorecard-picker',
  imports: [MatButtonModule, MatProgressBarModule, ReadFailed, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'scorecard.pickTitle' | t }}</h1>
    @if (latest.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    }
    @if (latestRefusal(); as r) {
      <pr-read-failed [refusal]="r" (retry)="latest.reload()" />
    }
    <p>{{ 'scorecard.pickHint' | t }}</p>
    <a mat-flat-button routerLink="/rankings">{{ 'nav.rankings' | t }}</a>
  `,
})
export class ScorecardPicker {
  private readonly session = inject(SessionStore);
  private readonly api = inject(ResultsApi);
  private readonly router = inject(Router);

  protected readonly latest = resource({
    params: () => this.session.user()?.agencyId ?? undefined,
    loader: async () => {
      return latestPublishedCycle(await this.api.cycles(false))?.id ?? null;
    },
  });

  /** An editor whose latest cycle could not be read would otherwise be told to choose in the ranking. */
  protected readonly latestRefusal = readRefusal(this.latest);

  constructor() {
    effect(() => {
      const agencyId = this.session.user()?.agencyId;
      const cycleId = this.latest.hasValue() ? this.latest.value() : null;
      if (agencyId && cycleId)
        void this.router.navigate(['/scorecards', cycleId, agencyId], { replaceUrl: true });
    });
  }
}
