import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  resource,
  untracked,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { apiProblemOf, SessionStore, SubmissionsApi } from '@prgauge/dashboard-data-access';
import { RefusalText, TranslatePipe } from '@prgauge/dashboard-i18n';

/** `/submissions`: an agency editor goes to their submission in the open cycle; others are told where to look. */
@Component({
  selector: 'pr-my-submission',
  imports: [MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'form.title' | t }}</h1>
    @if (mine.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    } @else if (!session.user()?.agencyId) {
      <p>{{ 'form.staffHint' | t }}</p>
      <a routerLink="/review">{{ 'nav.review' | t }}</a>
    } @else if (mine.value() === null) {
      <p>{{ 'form.noOpenCycle' | t }}</p>
    } @else if (mine.error()) {
      <p class="error" role="alert">{{ problem() }}</p>
    }
  `,
})
export class MySubmission {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(SubmissionsApi);
  private readonly router = inject(Router);
  private readonly refusals = inject(RefusalText);

  protected readonly mine = resource({
    params: () => this.session.user()?.agencyId ?? undefined,
    loader: async () => {
      const open = (await this.api.cycles()).find((c) => c.status === 'open');
      return open ? (await this.api.mine(open.id)).id : null;
    },
  });
  protected readonly problem = computed(() => this.refusals.summary(apiProblemOf(this.mine.error())));

  constructor() {
    effect(() => {
      const id = this.mine.value();
      // Someone who already clicked elsewhere while this loaded is not pulled back to the form.
      const leaving = untracked(() => this.router.currentNavigation()) !== null;
      if (id && !leaving) void this.router.navigate(['/submissions', id], { replaceUrl: true });
    });
  }
}
