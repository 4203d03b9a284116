import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { prepareScoring, type WeightOverrides } from '@prgauge/scoring';
import { barChart, ChartComponent, injectChartTexts } from '@prgauge/dashboard-shared-charts';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import { apiProblemOf, readRefusal, SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  LocalDigitsPipe,
  LocalizedPipe,
  LocalNumberPipe,
  MeasuredPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import {
  changedWeights,
  rankingCoverage,
  slidersOf,
  startingCycle,
  weightSum,
  WeightSlider,
  whatIfRows,
  withWeights,
} from './what-if-model';
import { ReadFailed } from '@prgauge/dashboard-shared-ui';

/** How many agencies the chart compares. */
const CHART_ROWS = 15;

/** Debated weights, recomputed in the browser with the same engine as the official scores. */
@Component({
  selector: 'pr-what-if-page',
  imports: [
    ReadFailed,
    LocalDigitsPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSliderModule,
    ChartComponent,
    LocalizedPipe,
    LocalNumberPipe,
    MeasuredPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './what-if-page.html',
  styleUrl: './what-if-page.scss',
})
export class WhatIfPage {
  private readonly api = inject(ResultsApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);
  private readonly refusals = inject(RefusalText);
  private readonly chartTexts = injectChartTexts();

  protected readonly chosenCycle = signal<string | null>(null);
  protected readonly overrides = signal<WeightOverrides>({});
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly saveMessage = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  protected readonly draftTarget = signal<string | null>(null);
  /** Proposing the weights writes them into a draft cycle's framework. */
  protected readonly mayPropose = computed(() => this.session.can('cycle.framework.edit'));
  protected readonly Math = Math;

  protected readonly cycles = resource({
    loader: async () => (await this.api.cycles(true)).filter((c) => c.status !== 'draft'),
  });
  protected readonly drafts = resource({
    params: () => (this.mayPropose() ? true : undefined),
    loader: async () => (await this.api.cycles(true)).filter((c) => c.status === 'draft'),
  });
  /** Without it a failed read of the drafts would read as "there is no draft cycle". */
  protected readonly draftsRefusal = readRefusal(this.drafts);
  protected readonly cycleId = computed(
    () => this.chosenCycle() ?? startingCycle(this.cycles.hasValue() ? this.cycles.value() : []),
  );

  protected readonly data = resource({
    params: () => this.cycleId() ?? undefined,
    loader: async ({ params }) => {
      const [document, ranking] = await Promise.all([
        this.api.scoringDocument(params),
        this.api.ranking(params),
      ]);
      return { document, ranking, prepared: prepareScoring(document) };
    },
  });
  /** The cycle's scoring and ranking once read; null while loading or refused. */
  private readonly loaded = computed(() => (this.data.hasValue() ? this.data.value() : null));

  protected readonly sliders = computed(() => slidersOf(this.loaded()?.document.framework.indicators ?? []));
  private readonly official = computed(() => this.loaded()?.prepared.recompute());
  /** The recompute and how long it took, so the page can show it keeps up with the slider. */
  protected readonly recomputed = computed(() => {
    const data = this.loaded();
    if (!data) return null;
    const started = performance.now();
    const result = data.prepared.recompute(this.overrides());
    return { result, ms: performance.now() - started };
  });
  protected readonly rows = computed(() => {
    const data = this.loaded();
    const official = this.official();
    const recomputed = this.recomputed();
    if (!data || !official || !recomputed) return [];
    return whatIfRows(data.prepared.agencyIds, recomputed.result, official);
  });
  protected readonly names = computed(
    () => new Map((this.loaded()?.ranking.rows ?? []).map((r) => [r.agencyId, r.name])),
  );
  protected readonly percent = { type: 'percent' } as const;
  protected readonly weights = computed(() => weightSum(this.sliders(), (s) => this.weightOf(s)));
  protected readonly coverage = computed(() => rankingCoverage(this.loaded()?.ranking.rows ?? []));
  protected readonly moved = computed(() => this.rows().filter((r) => r.change).length);
  protected readonly chart = computed(() => {
    const rows = this.rows().slice(0, CHART_ROWS);
    const texts = this.chartTexts();
    const name = (id: string) => this.translations.pick(this.names().get(id));
    return barChart(
      rows.map((r) => `${r.rank === null ? '—' : texts.format(r.rank)}. ${name(r.agencyId)}`),
      [{ label: this.translations.t('rankings.total'), values: rows.map((r) => r.total) }],
      texts,
      this.loaded()?.ranking.scale,
    );
  });

  protected weightOf(slider: WeightSlider): number {
    return this.overrides()[slider.key] ?? slider.official;
  }

  protected setWeight(slider: WeightSlider, weight: number): void {
    this.overrides.update((o) => changedWeights({ ...o, [slider.key]: weight }, this.sliders()));
  }

  protected toggle(key: string): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  protected reset(): void {
    this.overrides.set({});
  }

  protected pickCycle(id: string): void {
    this.chosenCycle.set(id);
    this.overrides.set({});
  }

  /** Writes these weights into a draft cycle's framework, so the committee can debate them there. */
  protected async propose(): Promise<void> {
    const source = this.cycleId();
    const target = this.draftTarget();
    if (!source || !target) return;
    this.saveMessage.set(null);
    try {
      const [{ framework }, draft] = await Promise.all([
        this.api.framework(source),
        this.api.framework(target),
      ]);
      await this.api.putFramework(target, draft.version, withWeights(framework, this.overrides()));
      this.saveMessage.set({ kind: 'ok', text: this.translations.t('whatIf.proposed') });
    } catch (error) {
      this.saveMessage.set({ kind: 'error', text: this.refusals.lines(apiProblemOf(error)).join(' · ') });
    }
  }
}
