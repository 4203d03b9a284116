import { DOCUMENT } from '@angular/common';
import { pdfRefusal } from '@prgauge/dashboard-results-data-access';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { ContestView, NominationResult } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { barChart, ChartComponent, injectChartTexts } from '@prgauge/dashboard-shared-charts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import {
  formatNumber,
  LocaleStore,
  LocalizedPipe,
  LocalNumberPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import {
  ConfirmDialog,
  type ConfirmDialogData,
  type ConfirmDialogResult,
} from '@prgauge/dashboard-shared-ui';
import { firstValueFrom } from 'rxjs';
import { ContestHeader } from '../shared/contest-header';
import { CriteriaReview } from './criteria-review';
import { contestFieldLabels } from '../shared/field-labels';

/** More bars than this would be too thin to read; the table lists every application. */
const CHART_ROWS = 10;

/** The ranking as it stands per nomination, the live-counts switch, and publication after a confirmation. */
@Component({
  selector: 'pr-results-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    ChartComponent,
    ContestHeader,
    CriteriaReview,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './results-page.html',
  styleUrl: './results-page.scss',
})
export class ResultsPage {
  readonly contestId = input.required<string>();

  private readonly api = inject(ContestsAdminApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = contestFieldLabels();
  private readonly dialog = inject(MatDialog);
  private readonly locales = inject(LocaleStore);
  private readonly translations = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly chartTexts = injectChartTexts();
  protected readonly busy = signal(false);
  protected readonly problems = signal<string[]>([]);
  protected readonly published = signal(false);

  protected readonly preview = resource({
    params: () => this.contestId(),
    loader: ({ params }) => this.api.preview(params),
  });
  protected readonly contest = computed(() =>
    this.preview.hasValue() ? this.preview.value().contest : null,
  );

  protected readonly charts = computed(() => {
    const texts = this.chartTexts();
    const label = this.translations.t('contestsAdmin.results.score');
    return new Map(
      (this.preview.hasValue() ? this.preview.value().nominations : []).map((n) => {
        const rows = n.rows.filter((r) => r.score !== null).slice(0, CHART_ROWS);
        const config = rows.length
          ? barChart(
              rows.map((r) => r.candidateName),
              [{ label, values: rows.map((r) => r.score) }],
              texts,
            )
          : null;
        return [n.nomination.id, config] as const;
      }),
    );
  });

  protected chartHeight(result: NominationResult): string {
    return `${Math.max(120, 50 + Math.min(result.rows.length, CHART_ROWS) * 34)}px`;
  }

  /** Combined scores run 0–100 and jury scores 0–10; vote counts are whole. */
  protected digits(result: NominationResult): number {
    return result.nomination.scoringMode === 'vote' ? 0 : 2;
  }

  protected async setLiveCounts(contest: ContestView, liveCounts: boolean): Promise<void> {
    await this.act(async () => {
      const updated = await this.api.updateContest(contest.id, contest.version, { liveCounts });
      this.preview.update((p) => (p ? { ...p, contest: updated } : p));
    });
  }

  /** The winners' certificates as one PDF; a refusal (503 without the PDF renderer) is said in the reader's words. */
  protected async downloadCertificates(contest: ContestView): Promise<void> {
    this.busy.set(true);
    this.problems.set([]);
    try {
      const blob = await this.api.certificatesPdf(contest.id, this.locales.locale());
      const link = this.document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `certificates-${contest.year}.pdf`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      const refusal = await pdfRefusal(error);
      this.problems.set([
        refusal.code
          ? this.translations.errorText(refusal.code, refusal.params)
          : this.translations.t('pdf.failed'),
      ]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async publish(contest: ContestView): Promise<void> {
    const winners = this.preview.hasValue()
      ? this.preview.value().nominations.flatMap((n) => n.rows.filter((r) => r.winner)).length
      : 0;
    const data: ConfirmDialogData = {
      title: { key: 'contestsAdmin.results.confirmTitle' },
      body: {
        key: 'contestsAdmin.results.confirmText',
        params: {
          title: this.translations.pick(contest.title),
          winners: formatNumber(this.locales.locale(), winners),
        },
      },
      cancel: 'contestsAdmin.results.cancel',
      confirm: 'contestsAdmin.results.publish',
      // Publication freezes the ranking for good: asked once more, the answer is one keystroke away.
      focusConfirm: true,
    };
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, ConfirmDialogResult>(ConfirmDialog, {
          data,
          width: '28rem',
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    await this.act(async () => {
      this.preview.set(await this.api.publish(contest.id));
      this.published.set(true);
    });
  }

  private async act(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problems.set([]);
    try {
      await action();
    } catch (error) {
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
    } finally {
      this.busy.set(false);
    }
  }
}
