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
} from '@prgauge/dashboard-shared-i18n';
import { growthPercent, statisticsCharts } from './statistics-charts';

/** Applications and distinct participants, counts per nomination, and growth against last year of the series. */
@Component({
  selector: 'pr-contest-statistics',
  imports: [LocalPercentPipe, ChartComponent, TranslatePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contest-statistics.html',
  styleUrl: './contest-statistics.scss',
})
export class ContestStatisticsView {
  readonly results = input.required<ContestResults>();

  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);
  private readonly texts = injectChartTexts();

  protected readonly growth = computed(() => growthPercent(this.results()));

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

  protected readonly chartHeight = computed(
    () => `${Math.max(4, this.results().statistics.perNomination.length) * 2 + 3}rem`,
  );
}
