import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  LocalDigitsPipe,
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { RankingsStore } from '../rankings/rankings.store';
import { heatColour, heatmapOrder, HeatmapSort } from './heatmap-order';

/** Agencies × indices, coloured by score, sortable by any index: where each agency is strong or weak at a glance. */
@Component({
  selector: 'pr-heatmap-page',
  imports: [
    LocalDigitsPipe,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    LocalizedPipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  providers: [RankingsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './heatmap-page.html',
  styleUrl: './heatmap-page.scss',
})
export class HeatmapPage {
  protected readonly store = inject(RankingsStore);
  protected readonly sort = signal<HeatmapSort>({ by: 'total' });
  protected readonly heatColour = heatColour;
  protected readonly ranking = computed(() => this.store.shownRanking());
  protected readonly rows = computed(() => heatmapOrder(this.store.filtered(), this.sort()));

  protected sortedBy(key: string | null): 'descending' | 'none' {
    const sort = this.sort();
    return (key === null ? sort.by === 'total' : sort.by === 'index' && sort.key === key)
      ? 'descending'
      : 'none';
  }
}
