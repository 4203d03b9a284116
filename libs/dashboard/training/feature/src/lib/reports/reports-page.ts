import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { injectChartTexts } from '@prgauge/dashboard-shared-charts';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  DateRange,
  ReportQuery,
  TrainingApi,
  TrainingLookups,
} from '@prgauge/dashboard-training-data-access';
import {
  CalendarDayPipe,
  LocaleStore,
  LocalizedPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { DayField } from '@prgauge/dashboard-shared-day-field';
import { inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { monthLabel } from '../shared/month-label';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { barsHeight, reportCharts } from './report-charts';
import { reportRange } from './report-range';
import { ReportSection } from './report-section';

/**
 * Person-hours, attendances and people trained of a period, for every event or one committee's, by topic,
 * audience, month, committee, agency and PR staff member, with gaps and trainers.
 */
@Component({
  selector: 'pr-training-reports-page',
  imports: [
    DayField,
    ReadFailed,
    LocalPercentPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TrainingTabs,
    ReportSection,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
})
export class ReportsPage {
  protected readonly inputValue = inputValue;
  /** `?from=` and `?to=` in the address, so a report can be shared as a link; the region's year by default. */
  readonly from = input<string>();
  readonly to = input<string>();
  /** `?committee=`: only the events this committee organised. */
  readonly committee = input<string>();

  private readonly api = inject(TrainingApi);
  protected readonly lookups = inject(TrainingLookups);
  private readonly organisation = inject(OrganisationApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);
  private readonly chartTexts = injectChartTexts();
  protected readonly exporting = signal(false);
  protected readonly exportFailed = signal(false);
  protected readonly barsHeight = barsHeight;

  /** The reader's region, whose calendar and zone give the default year; null for a national admin. */
  protected readonly region = resource({
    params: () => ({ regionId: this.session.user()?.regionId ?? null }),
    loader: async ({ params }) =>
      params.regionId
        ? ((await this.organisation.regions()).find((r) => r.id === params.regionId) ?? null)
        : null,
  });
  /** Without the region the period falls back to the Gregorian year in UTC, which the reader must be told. */
  protected readonly regionRefusal = readRefusal(this.region);

  protected readonly range = computed<DateRange>(() =>
    reportRange(this.from(), this.to(), new Date(), this.region.hasValue() ? this.region.value() : null),
  );

  private readonly query = computed<ReportQuery>(() => ({
    ...this.range(),
    committeeId: this.committee() || null,
  }));

  protected readonly report = resource({
    // Waits for the region, so that a Solar Hijri region does not first load the Gregorian year.
    params: () => (this.region.isLoading() ? undefined : this.query()),
    loader: ({ params }) => this.api.report(params),
  });

  protected readonly charts = computed(() => {
    const report = this.report.hasValue() ? this.report.value() : undefined;
    if (!report) return null;
    const t = (key: string) => this.translations.t(key);
    const locale = this.locales.locale();
    return reportCharts(
      report,
      {
        personHours: t('training.figure.personHours'),
        perStaffMember: t('training.report.perStaffMember'),
        attendanceRate: t('training.figure.attendanceRate'),
        named: (row) => this.translations.pick(row.label),
        audience: (code) => t(`training.audience.${code}`),
        month: (key) => monthLabel(locale, key),
      },
      this.chartTexts(),
    );
  });

  protected month(key: string): string {
    return monthLabel(this.locales.locale(), key);
  }

  protected choose(params: Partial<DateRange> & { committee?: string | null }): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected async exportXlsx(): Promise<void> {
    const range = this.range();
    this.exporting.set(true);
    this.exportFailed.set(false);
    try {
      const blob = await this.api.exportReport(this.query());
      const link = this.document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `training-${range.from}-${range.to}.xlsx`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch {
      this.exportFailed.set(true);
    } finally {
      this.exporting.set(false);
    }
  }
}
