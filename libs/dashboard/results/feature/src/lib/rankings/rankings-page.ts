import { ScrollingModule } from '@angular/cdk/scrolling';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import type { RankingRow } from '@prgauge/contracts';
import { barChart, ChartComponent, injectChartTexts } from '@prgauge/dashboard-shared-charts';
import {
  LocalDayPipe,
  LocalDigitsPipe,
  LocalizedPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  LocaleStore,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { inputValue, JobProgress } from '@prgauge/dashboard-shared-ui';
import { rankingCsv } from './ranking-csv';
import { rankingXlsxHref } from './ranking-xlsx';
import { bandOf, BANDS, movementOf } from './ranking-rows';
import { RankingsStore } from './rankings.store';
import {
  apiProblemOf,
  type FollowedJob,
  JobWatch,
  SessionStore,
} from '@prgauge/dashboard-shared-data-access';
import { ReportsApi } from '@prgauge/dashboard-results-data-access';
import { askForLetter, letterOptions } from '../pdf-download/letter-request';
import { PdfDownload, type PdfReport } from '../pdf-download/pdf-download';

/** How many agencies the bar chart shows: more would make the bars unreadably thin. */
const CHART_ROWS = 15;

/** The ranking of a cycle: filters, a bar chart of the leaders and a table that scrolls through any number of rows. */
@Component({
  selector: 'pr-rankings-page',
  imports: [
    PdfDownload,
    JobProgress,
    LocalDayPipe,
    LocalDigitsPipe,
    LocalPercentPipe,
    ScrollingModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    RouterLink,
    ChartComponent,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
  ],
  providers: [RankingsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rankings-page.html',
  styleUrl: './rankings-page.scss',
})
export class RankingsPage {
  protected readonly inputValue = inputValue;
  /** `?cycle=` in the address, so a ranking can be shared as a link. */
  readonly cycle = input<string>();
  /** `?group=` in the address. */
  readonly group = input<string>();

  protected readonly store = inject(RankingsStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);
  private readonly chartTexts = injectChartTexts();
  protected readonly bands = BANDS;
  protected readonly bandOf = bandOf;
  protected readonly movementOf = movementOf;
  protected readonly Math = Math;
  protected readonly trackRow = (_: number, item: { row: RankingRow }) => item.row.agencyId;

  protected readonly ranking = computed(() => this.store.shownRanking());
  /** The workbook of the rows shown: the same cycle, language, peer group and search. */
  protected readonly xlsxHref = computed(() => {
    const cycleId = this.store.cycleId();
    return cycleId
      ? rankingXlsxHref(cycleId, {
          locale: this.locales.locale(),
          group: this.store.activeGroup(),
          search: this.store.search(),
        })
      : null;
  });
  protected readonly history = computed(() => this.ranking()?.cycle.importedHistory === true);
  /** A director on a region with nothing published yet is shown the way to the cycles, not a bare empty page. */
  protected readonly mayManageCycles = computed(() => this.session.can('cycle.create'));
  private readonly session = inject(SessionStore);
  private readonly reports = inject(ReportsApi);
  private readonly refusals = inject(RefusalText);
  private readonly jobs = inject(JobWatch);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialog = inject(MatDialog);
  /** The director's "scorecards for every agency" job, followed until its ZIP can be downloaded. */
  protected readonly scorecardsJob = signal<FollowedJob | null>(null);
  protected readonly scorecardsRefusal = signal<string | null>(null);

  /** The ranking report for the governor, as a numbered letter: the director's. */
  protected readonly governorReport = computed((): PdfReport | null => {
    const cycle = this.ranking()?.cycle;
    if (!cycle || !this.session.can('report.ranking', { regionId: cycle.regionId })) return null;
    return { kind: 'ranking', cycleId: cycle.id, fileName: `ranking-${cycle.name}.pdf` };
  });
  /** Asks for the letters' number and date, as the governor's report does, then queues the batch. */
  protected async queueScorecards(cycleId: string): Promise<void> {
    this.scorecardsRefusal.set(null);
    const letter = await askForLetter(this.dialog);
    if (!letter) return;
    try {
      const { jobId } = await this.reports.scorecardBatch(cycleId, {
        lang: this.locales.locale(),
        ...letterOptions(letter),
      });
      this.scorecardsJob.set(this.jobs.follow(jobId, this.destroyRef));
    } catch (error) {
      this.scorecardsRefusal.set(this.refusals.summary(apiProblemOf(error)));
    }
  }

  protected readonly columns = computed(
    () =>
      `3rem 3.5rem minmax(12rem, 2fr) 4.5rem repeat(${this.ranking()?.indices.length ?? 0}, 3.75rem) 4.5rem${
        this.history() ? ' 6rem' : ''
      }`,
  );
  protected readonly chart = computed(() => {
    // Leaders are those with a total: agencies listed without a score have no bar to compare.
    const rows = this.store
      .shown()
      .map((s) => s.row)
      .filter((row) => row.total !== null)
      .slice(0, CHART_ROWS);
    const ranking = this.ranking();
    const texts = this.chartTexts();
    return barChart(
      rows.map(
        (row) => `${row.rank === null ? '—' : texts.format(row.rank)}. ${this.translations.pick(row.name)}`,
      ),
      [{ label: this.translations.t('rankings.total'), values: rows.map((row) => row.total) }],
      texts,
      ranking?.scale,
    );
  });
  protected readonly chartHeight = computed(
    () => `${Math.max(6, Math.min(CHART_ROWS, this.store.shown().length)) * 1.75 + 3}rem`,
  );
  protected readonly chartLabel = computed(() => {
    const first = this.store.shown()[0]?.row;
    return this.translations.t('rankings.chartLabel', {
      count: Math.min(CHART_ROWS, this.store.shown().length),
      leader: first ? this.translations.pick(first.name) : '—',
    });
  });

  constructor() {
    effect(() => this.store.requestedCycle.set(this.cycle() ?? null));
    effect(() => this.store.group.set(this.group() ?? null));
  }

  protected groupName(code: string | null): string {
    if (!code) return '—';
    const group = this.ranking()?.peerGroups.find((g) => g.code === code);
    return group ? this.translations.pick(group.name) : code;
  }

  protected choose(params: { cycle?: string | null; group?: string | null }): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected exportCsv(): void {
    const ranking = this.ranking();
    if (!ranking) return;
    const t = (key: string) => this.translations.t(key);
    const csv = rankingCsv(
      ranking,
      this.store.shown().map((s) => s.row),
      {
        headers: {
          rank: t('rankings.rank'),
          movement: t('rankings.movement'),
          code: t('rankings.code'),
          agency: t('rankings.agency'),
          group: t('rankings.group'),
          total: t('rankings.total'),
          coverage: t('rankings.coveragePercent'),
        },
        name: (text) => this.translations.pick(text),
      },
    );
    const link = this.document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `ranking-${ranking.cycle.name}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }
}
