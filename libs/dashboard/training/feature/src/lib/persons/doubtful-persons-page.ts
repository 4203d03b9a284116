import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { DoubtfulPersonPair } from '@prgauge/contracts';
import { apiProblemOf, WriteState } from '@prgauge/dashboard-shared-data-access';
import { TrainingApi, TrainingLookups } from '@prgauge/dashboard-training-data-access';
import {
  CalendarDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { trainingFieldLabels } from '../shared/field-labels';

type PairNotice = 'merged' | 'keptApart' | 'stale' | null;

/**
 * The merge screen: participants of the region with the same name but another or no organisation. Each pair is
 * merged into one person or kept apart by someone who knows; nothing is merged by itself, and a pair kept apart
 * is not offered again.
 */
@Component({
  selector: 'pr-doubtful-persons-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TrainingTabs,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './doubtful-persons-page.html',
  styleUrl: './doubtful-persons-page.scss',
})
export class DoubtfulPersonsPage {
  private readonly api = inject(TrainingApi);
  protected readonly lookups = inject(TrainingLookups);
  protected readonly pairs = resource({ loader: () => this.api.doubtfulPersons() });
  protected readonly write = new WriteState(trainingFieldLabels());
  protected readonly notice = signal<PairNotice>(null);

  /** The person met first keeps their name; the other's rows join them. */
  protected async merge(pair: DoubtfulPersonPair): Promise<void> {
    await this.decide(() => this.api.mergePersons(pair.first, pair.second), 'merged');
  }

  protected async keepApart(pair: DoubtfulPersonPair): Promise<void> {
    await this.decide(() => this.api.keepPersonsApart(pair.first.id, pair.second.id), 'keptApart');
  }

  private async decide(
    write: () => Promise<unknown>,
    done: Exclude<PairNotice, 'stale' | null>,
  ): Promise<void> {
    this.notice.set(null);
    let stale = false;
    await this.write.run(async () => {
      try {
        await write();
      } catch (error) {
        // Someone else decided first: show the list as it stands now rather than a refusal.
        if (apiProblemOf(error).status !== 409) throw error;
        stale = true;
      }
    });
    if (!this.write.problems().length) this.notice.set(stale ? 'stale' : done);
    this.pairs.reload();
  }
}
