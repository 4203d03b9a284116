import { ChangeDetectionStrategy, Component, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { ContestView, SeriesYearView } from '@prgauge/contracts';
import { SeriesHistoryApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf, readRefusal } from '@prgauge/dashboard-shared-data-access';
import { LocalNumberPipe, LocalYearPipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputNumber } from '@prgauge/dashboard-shared-ui';
import { emptyYearDraft, figureOf, toSeriesYearRequest, type SeriesYearDraft } from './series-year-draft';

type Notice = 'saved' | 'deleted' | 'stale' | 'failed' | null;

/**
 * The earlier years of the contest's series, entered as figures when they predate the product (last year's
 * press release: "85 participants"), so that the statistics show the series' growth over every year.
 */
@Component({
  selector: 'pr-series-history',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LocalNumberPipe, LocalYearPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './series-history.html',
  styleUrl: './series-history.scss',
})
export class SeriesHistory {
  readonly contest = input.required<ContestView>();

  private readonly api = inject(SeriesHistoryApi);
  private readonly refusals = inject(RefusalText);
  private readonly labels = this.refusals.labelsFrom('contestsAdmin.series.');
  protected readonly inputNumber = inputNumber;
  protected readonly figureOf = figureOf;
  protected readonly draft = signal<SeriesYearDraft>(emptyYearDraft());
  protected readonly busy = signal(false);
  protected readonly notice = signal<Notice>(null);
  protected readonly problems = signal<string[]>([]);

  protected readonly years = resource({
    params: () => this.contest().id,
    loader: ({ params }) => this.api.years(params),
  });
  protected readonly refusal = readRefusal(this.years);

  protected patch(change: Partial<SeriesYearDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected edit(year: SeriesYearView): void {
    this.draft.set({ ...year });
    this.notice.set(null);
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    await this.run(async () => {
      try {
        await this.api.setYear(this.contest().id, draft.year ?? Number.NaN, toSeriesYearRequest(draft));
      } catch (error) {
        const problem = apiProblemOf(error);
        if (problem.status !== 409) throw error;
        // Someone else changed the year meanwhile: show theirs, so that a change is made knowingly.
        const current = problem.current as SeriesYearView | null | undefined;
        if (current) this.draft.set({ ...current });
        this.years.reload();
        return 'stale';
      }
      this.draft.set(emptyYearDraft());
      this.years.reload();
      return 'saved';
    });
  }

  protected async remove(year: SeriesYearView): Promise<void> {
    await this.run(async () => {
      await this.api.deleteYear(this.contest().id, year.year);
      this.years.reload();
      return 'deleted';
    });
  }

  private async run(action: () => Promise<Notice>): Promise<void> {
    this.busy.set(true);
    this.problems.set([]);
    this.notice.set(null);
    try {
      this.notice.set(await action());
    } catch (error) {
      this.notice.set('failed');
      this.problems.set(this.refusals.lines(apiProblemOf(error), this.labels));
    } finally {
      this.busy.set(false);
    }
  }
}
