import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { barChart, ChartComponent, injectChartTexts } from '@prgauge/dashboard-shared-charts';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import {
  CalendarDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { ProgrammeAdmin } from './programme-admin';
import { ReadFailed } from '@prgauge/dashboard-shared-ui';

/** A programme's totals and each region's part: all regions for a national admin, one's own otherwise. */
@Component({
  selector: 'pr-training-programme-page',
  imports: [
    ReadFailed,
    MatProgressBarModule,
    RouterLink,
    ChartComponent,
    ProgrammeAdmin,
    TrainingTabs,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-page.html',
  styleUrl: './programmes.scss',
})
export class ProgrammePage {
  readonly programmeId = input.required<string>();

  private readonly api = inject(TrainingApi);
  private readonly router = inject(Router);
  private readonly lookups = inject(TrainingLookups);
  private readonly session = inject(SessionStore);
  /** Programmes span regions, so only national admins change them. */
  protected readonly mayManage = computed(() => this.session.can('training.programme.manage'));
  private readonly organisation = inject(OrganisationApi);
  private readonly translations = inject(TranslationService);
  private readonly chartTexts = injectChartTexts();

  protected readonly programme = resource({
    params: () => this.programmeId(),
    loader: ({ params }) => this.api.programme(params),
  });
  protected readonly regions = resource({ loader: () => this.organisation.regions() });
  /** Without the regions each region's row would go unnamed. */
  protected readonly regionsRefusal = readRefusal(this.regions);

  protected readonly rows = computed(() => {
    const names = new Map(
      (this.regions.hasValue() ? this.regions.value() : []).map((r) => [
        r.id,
        this.translations.pick(r.name),
      ]),
    );
    return (this.programme.hasValue() ? this.programme.value().regions : []).map((r) => ({
      ...r,
      name: names.get(r.regionId) ?? r.regionId.slice(0, 8),
    }));
  });

  protected readonly chart = computed(() => {
    const rows = this.rows();
    return barChart(
      rows.map((r) => r.name),
      [{ label: this.translations.t('training.figure.personHours'), values: rows.map((r) => r.personHours) }],
      this.chartTexts(),
    );
  });

  protected deleted(): void {
    this.lookups.programmes.reload();
    void this.router.navigate(['/training/programmes']);
  }

  protected readonly chartHeight = computed(() => `${Math.max(3, this.rows().length) * 2.25 + 3}rem`);
}
