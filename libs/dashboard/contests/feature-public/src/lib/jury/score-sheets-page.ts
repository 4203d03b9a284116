import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ContestsApi, ContestStore } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { LocalDayPipe, LocalizedPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { juryProgress } from './score-sheet-model';
import { ScoreSheet } from './score-sheet';

/**
 * A juror's score sheets, grouped by nomination, with their own progress. Applications they are in conflict
 * with never reach this page, and neither do votes or other jurors' scores.
 */
@Component({
  selector: 'pr-score-sheets-page',
  imports: [
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    LocalDayPipe,
    ScoreSheet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './score-sheets-page.html',
  styleUrl: './score-sheets-page.scss',
})
export class ScoreSheetsPage {
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsApi);
  protected readonly store = inject(ContestStore);

  protected readonly tasks = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.scoreSheets(params),
  });

  protected readonly notJuror = computed(() => {
    const error = this.tasks.error();
    return error !== undefined && apiProblemOf(error).status === 403;
  });

  protected readonly groups = computed(() => {
    const contest = this.store.contest.hasValue() ? this.store.contest.value() : undefined;
    const tasks = this.tasks.hasValue() ? this.tasks.value() : [];
    if (!contest) return [];
    return juryProgress(tasks).flatMap((p) => {
      const nomination = contest.nominations.find((n) => n.id === p.nominationId);
      return nomination
        ? [{ ...p, nomination, tasks: tasks.filter((t) => t.nominationId === p.nominationId) }]
        : [];
    });
  });

  protected readonly overall = computed(() =>
    this.groups().reduce((sum, g) => ({ scored: sum.scored + g.scored, total: sum.total + g.total }), {
      scored: 0,
      total: 0,
    }),
  );

  constructor() {
    effect(() => this.store.select(this.contestId()));
  }
}
