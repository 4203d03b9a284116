import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ContestResults } from '@prgauge/contracts';
import { ChartComponent, injectChartTexts } from '@prgauge/dashboard-shared-charts';
import {
  LocaleStore,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
  TranslationService,
  formatYear,
  LocalYearPipe,
} from '@prgauge/dashboard-shared-i18n';
import { growthBase, statisticsCharts } from './statistics-charts';

/** Applications and distinct participants, counts per nomination, and the series' growth year by year. */
@Component({
  selector: 'pr-contest-statistics',
  imports: [LocalPercentPipe, ChartComponent, TranslatePipe, LocalNumberPipe, LocalYearPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contest-statistics.html',
  styleUrl: './contest-statistics.scss',
})
export class ContestStatisticsView {
  readonly results = input.required<ContestResults>();

  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);
  private readonly texts = injectChartTexts();

  protected readonly growth = computed(() => growthBase(this.results()));

  protected readonly charts = computed(() => {
    const results = this.results();
    const t = (key: string) => this.translations.t(key);
    return statisticsCharts(
      results,
      {
        applications: t('contests.stats.applications'),
        participants: t('contests.stats.participants'),
        nomination: (id) =>
          this.translations.pick(results.contest.nominations.find((n) => n.id === id)?.name ?? id),
        year: (year) => formatYear(this.locales.locale(), year),
      },
      this.texts(),
    );
  });

  protected readonly nominationRows = computed(() => {
    const results = this.results();
    return results.statistics.perNomination.map((p) => ({
      name: this.translations.pick(
        results.contest.nominations.find((n) => n.id === p.nominationId)?.name ?? '',
      ),
      applications: p.applications,
    }));
  });

  protected readonly seriesChartHeight = computed(
    () => `${Math.max(3, this.results().statistics.series.length) * 2.5 + 3}rem`,
  );

  protected readonly chartHeight = computed(
    () => `${Math.max(4, this.results().statistics.perNomination.length) * 2 + 3}rem`,
  );
}
