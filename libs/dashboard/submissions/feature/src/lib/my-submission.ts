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
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CycleView, SubmissionView } from '@prgauge/contracts';
import {
  CyclesApi,
  editorHasWork,
  editorsDefaultCycles,
  nearestCycleWithWork,
} from '@prgauge/dashboard-admin-data-access';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import { map } from 'rxjs';
import { RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * `/submissions`: an agency editor goes to their submission in an open cycle (the one asked for by `?cycle=`, else
 * the one chosen by `nearestCycleWithWork`); others are told where to look.
 */
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
    } @else if (mine.error()) {
      <p class="error" role="alert">{{ problem() }}</p>
    } @else if (mine.value() === null) {
      <p>{{ 'form.noOpenCycle' | t }}</p>
    }
  `,
})
export class MySubmission {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(SubmissionsApi);
  private readonly cycles = inject(CyclesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly refusals = inject(RefusalText);

  /** `?cycle=` names the open cycle the editor picked; without it, the cycle is chosen for them. */
  private readonly requestedCycle = toSignal(this.route.queryParamMap.pipe(map((q) => q.get('cycle'))));

  protected readonly mine = resource({
    params: () => {
      const agencyId = this.session.user()?.agencyId;
      return agencyId ? { agencyId, requested: this.requestedCycle() ?? null } : undefined;
    },
    loader: async ({ params }) => {
      const open = (await this.cycles.list()).filter((c) => c.status === 'open');
      const asked = open.find((c) => c.id === params.requested);
      if (asked) return (await this.api.mine(asked.id)).id;
      return (await this.defaultSubmission(open))?.id ?? null;
    },
  });
  protected readonly problem = computed(() => this.refusals.summary(apiProblemOf(this.mine.error())));

  /**
   * With several open cycles, the editor's submission with the nearest deadline that still needs work, else the
   * one whose deadline is nearest; an extension counts as the agency's deadline. Live cycles come before imported
   * history (`editorsDefaultCycles`).
   */
  private async defaultSubmission(open: CycleView[]): Promise<SubmissionView | null> {
    const mine = await Promise.all(editorsDefaultCycles(open).map((c) => this.api.mine(c.id)));
    const dated = mine.map((submission) => ({ submission, deadline: deadlineOf(submission) }));
    return nearestCycleWithWork(dated, (d) => editorHasWork(d.submission), new Date())?.submission ?? null;
  }

  constructor() {
    effect(() => {
      const id = this.mine.hasValue() ? this.mine.value() : undefined;
      // Someone who already clicked elsewhere while this loaded is not pulled back to the form.
      const leaving = untracked(() => this.router.currentNavigation()) !== null;
      if (id && !leaving) void this.router.navigate(['/submissions', id], { replaceUrl: true });
    });
  }
}

/** The moment the agency's editing closes: its extension when it has a later one. */
function deadlineOf(submission: SubmissionView): string {
  const { deadline, extensionUntil } = submission;
  return extensionUntil && extensionUntil > deadline ? extensionUntil : deadline;
}
