import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { JuryProgressRow, NominationView } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { listableRegions } from '@prgauge/dashboard-organisation-data-access';
import { ChartComponent, injectChartTexts } from '@prgauge/dashboard-shared-charts';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { ReadFailed } from '@prgauge/dashboard-shared-ui';
import { ContestHeader } from '../shared/contest-header';
import { JurorAssignment } from './juror-assignment';
import { juryProgressChart, seatsHeight } from './jury-chart';

/** Jurors seated per nomination, with the conflicts that keep them from applications, and who has scored what. */
@Component({
  selector: 'pr-jury-page',
  imports: [
    MatProgressBarModule,
    ChartComponent,
    ContestHeader,
    JurorAssignment,
    ReadFailed,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jury-page.html',
  styleUrl: './jury-page.scss',
})
export class JuryPage {
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsAdminApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);
  private readonly chartTexts = injectChartTexts();
  protected readonly seatsHeight = seatsHeight;
  protected readonly assigned = signal(0);

  protected readonly contest = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.contest(params),
  });
  protected readonly progress = resource({
    params: () => ({ id: this.contestId(), after: this.assigned() }),
    loader: ({ params }) => this.api.juryProgress(params.id),
  });
  /** Juror accounts of the contest's regions that the organiser may list (their own, unless national). */
  protected readonly accounts = resource({
    params: () => {
      const contest = this.contest.hasValue() ? this.contest.value() : undefined;
      return contest ? listableRegions(contest.regionIds, this.session.user()?.regionId) : undefined;
    },
    loader: ({ params }) => this.api.jurorAccounts(params),
  });
  /** Without the accounts no juror can be seated: an empty choice would read as "no jurors exist". */
  protected readonly accountsRefusal = readRefusal(this.accounts);

  protected readonly chart = computed(() => {
    const rows = this.progress.hasValue() ? this.progress.value() : [];
    if (!rows.length) return null;
    const t = (key: string) => this.translations.t(key);
    return juryProgressChart(
      rows,
      {
        scored: t('contestsAdmin.jury.scored'),
        remaining: t('contestsAdmin.jury.remaining'),
        excluded: t('contestsAdmin.jury.excluded'),
        label: (row) =>
          `${row.name} · ${this.translations.pick(this.nomination(row.nominationId)?.name ?? {})}`,
      },
      this.chartTexts(),
    );
  });

  protected seats(nominationId: string): JuryProgressRow[] {
    return (this.progress.hasValue() ? this.progress.value() : []).filter(
      (r) => r.nominationId === nominationId,
    );
  }

  protected nomination(id: string): NominationView | undefined {
    const contest = this.contest.hasValue() ? this.contest.value() : undefined;
    return contest?.nominations.find((n) => n.id === id);
  }
}
