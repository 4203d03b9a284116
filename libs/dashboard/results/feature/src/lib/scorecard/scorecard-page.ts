import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  barChart,
  ChartComponent,
  injectChartTexts,
  lineChart,
  radarChart,
} from '@prgauge/dashboard-shared-charts';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import type { PerAttribute } from '@prgauge/contracts';
import {
  formatNumber,
  LocalDayPipe,
  LocalDigitsPipe,
  LocaleStore,
  LocalizedPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  measuredChange,
  MeasuredPipe,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { PdfDownload, type PdfReport } from '../pdf-download/pdf-download';
import { bandOf } from '../rankings/ranking-rows';
import { improvementsOf, rankRangeEnds } from './scorecard-figures';

/** One agency in one cycle: where it stands, why, how it moved, and where it loses the most points. */
@Component({
  selector: 'pr-scorecard-page',
  imports: [
    LocalDayPipe,
    LocalDigitsPipe,
    LocalPercentPipe,
    MatProgressBarModule,
    RouterLink,
    ChartComponent,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    MeasuredPipe,
    PdfDownload,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scorecard-page.html',
  styleUrl: './scorecard-page.scss',
})
export class ScorecardPage {
  readonly cycleId = input.required<string>();
  readonly agencyId = input.required<string>();

  private readonly api = inject(ResultsApi);
  private readonly translations = inject(TranslationService);
  private readonly chartTexts = injectChartTexts();
  protected readonly bandOf = bandOf;
  protected readonly measuredChange = measuredChange;
  protected readonly count = { type: 'number' } as const;
  private readonly locales = inject(LocaleStore);

  protected readonly card = resource({
    params: () => ({ cycle: this.cycleId(), agency: this.agencyId() }),
    loader: ({ params }) => this.api.scorecard(params.cycle, params.agency),
  });
  /** The scorecard once read; null while loading or refused. */
  private readonly shown = computed(() => (this.card.hasValue() ? this.card.value() : null));

  private readonly session = inject(SessionStore);

  /** The scorecard as a PDF letter, for those the API gives it to: the region's staff and the agency's editor. */
  protected readonly pdf = computed((): { report: PdfReport; asLetter: boolean } | null => {
    const card = this.shown();
    if (!card) return null;
    const scope = { regionId: card.cycle.regionId, agencyId: card.agency.id };
    if (!this.session.can('report.scorecard', scope)) return null;
    return {
      report: {
        kind: 'scorecard',
        cycleId: card.cycle.id,
        agencyId: card.agency.id,
        fileName: `scorecard-${card.agency.code}.pdf`,
      },
      // Outgoing letters are the director's: they alone number and date them.
      asLetter: this.session.can('report.ranking', { regionId: card.cycle.regionId }),
    };
  });

  protected readonly rankRange = rankRangeEnds;
  protected readonly improvements = computed(() => improvementsOf(this.shown()?.indices ?? []));

  protected readonly radar = computed(() => {
    const indices = this.shown()?.indices ?? [];
    const t = (key: string) => this.translations.t(key);
    return radarChart(
      indices.map((i) => this.translations.pick(i.name)),
      [
        { label: t('scorecard.thisAgency'), values: indices.map((i) => i.score) },
        { label: t('scorecard.regionAverage'), values: indices.map((i) => i.regionAverage) },
        { label: t('scorecard.best'), values: indices.map((i) => i.best) },
      ],
      this.chartTexts(),
    );
  });

  protected readonly lostChart = computed(() => {
    const rows = this.improvements();
    return barChart(
      rows.map((i) => this.translations.pick(i.name)),
      [{ label: this.translations.t('scorecard.pointsLost'), values: rows.map((i) => i.pointsLost) }],
      this.chartTexts(),
    );
  });

  protected readonly trendChart = computed(() => {
    const trend = this.shown()?.trend ?? [];
    return lineChart(
      // A point of imported history is marked so that nobody reads a recomputation as an evaluation.
      trend.map((p) =>
        p.importedHistory
          ? this.translations.t('scorecard.trendHistoryPoint', { name: p.cycleName })
          : p.cycleName,
      ),
      [{ label: this.translations.t('scorecard.total'), values: trend.map((p) => p.total) }],
      this.chartTexts(),
    );
  });

  protected readonly radarLabel = computed(() => {
    const best = this.improvements()[0];
    return this.translations.t('scorecard.radarLabel', {
      weakest: best ? this.translations.pick(best.name) : '—',
    });
  });

  /** "6,542 ÷ 4 PR staff = 1,635.5 per staff member": what a per-staff indicator actually scores. */
  protected perText(value: number | null, per: PerAttribute): string {
    const locale = this.locales.locale();
    const figure = (n: number | null) => formatNumber(locale, n, n === null || Number.isInteger(n) ? 0 : 1);
    const key = per.attribute === 'prStaff' ? 'scorecard.per.prStaff' : 'scorecard.per.other';
    return this.translations.t(key, {
      raw: figure(value),
      amount: figure(per.amount),
      scored: figure(per.scored),
      attribute: per.attribute,
    });
  }
}
