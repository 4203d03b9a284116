import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { barChart, ChartComponent, injectChartTexts } from '@prgauge/dashboard-shared-charts';
import {
  CalendarDayPipe,
  formatCalendarDay,
  LocaleStore,
  LocalMomentPipe,
  LocalNumberPipe,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { ContestHeader } from '../shared/contest-header';
import { anomalyRows } from './anomaly-rows';

/** More bars than this would be too thin to read; the table lists every burst. */
const CHART_ROWS = 15;

/** Bursts of votes from one address hash or from voters registered on one day, as a chart and a table. */
@Component({
  selector: 'pr-anomalies-page',
  imports: [
    CalendarDayPipe,
    MatProgressBarModule,
    ChartComponent,
    ContestHeader,
    TranslatePipe,
    LocalNumberPipe,
    LocalMomentPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './anomalies-page.html',
  styleUrl: './anomalies-page.scss',
})
export class AnomaliesPage {
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsAdminApi);
  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);
  private readonly chartTexts = injectChartTexts();

  protected readonly contest = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.contest(params),
  });
  protected readonly anomalies = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.anomalies(params),
  });
  protected readonly rows = computed(() =>
    anomalyRows(this.anomalies.hasValue() ? this.anomalies.value() : []),
  );

  protected readonly chart = computed(() => {
    const shown = this.rows().slice(0, CHART_ROWS);
    if (!shown.length) return null;
    const t = (key: string) => this.translations.t(key);
    return barChart(
      shown.map((r) => {
        // A registration day is the region's calendar day; an address is a hash, shown in part.
        const key =
          r.kind === 'registration_day'
            ? formatCalendarDay(this.locales.locale(), r.key)
            : r.key.slice(0, 10);
        return `${t('contestsAdmin.anomalies.' + r.kind)} ${key}`;
      }),
      [{ label: t('contestsAdmin.anomalies.votes'), values: shown.map((r) => r.votes) }],
      this.chartTexts(),
    );
  });

  protected chartHeight(count: number): string {
    return `${Math.max(140, 50 + Math.min(count, CHART_ROWS) * 34)}px`;
  }
}
