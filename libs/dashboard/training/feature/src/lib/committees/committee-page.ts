import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { CommitteesApi, ResultsApi } from '@prgauge/dashboard-data-access';
import { LocalizedPipe, TranslatePipe, TranslationService } from '@prgauge/dashboard-i18n';
import { TrainingTabs } from '../shared/training-tabs';

/** One committee: who sits on it in what role, and which framework indices it reviews. */
@Component({
  selector: 'pr-committee-page',
  imports: [MatProgressBarModule, RouterLink, TrainingTabs, TranslatePipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './committee-page.html',
  styleUrl: './committees.scss',
})
export class CommitteePage {
  readonly committeeId = input.required<string>();

  private readonly api = inject(CommitteesApi);
  private readonly results = inject(ResultsApi);
  private readonly translations = inject(TranslationService);

  protected readonly committee = resource({
    params: () => this.committeeId(),
    loader: ({ params }) => this.api.get(params),
  });

  /** Index names come from the latest cycle's framework; a committee stores only the keys. */
  private readonly indexNames = resource({
    loader: async () => {
      const cycles = (await this.results.cycles(true)).filter((c) => c.status !== 'draft');
      const latest = cycles[0];
      return latest ? (await this.results.ranking(latest.id)).indices : [];
    },
  });

  protected readonly duties = computed(() => {
    const names = new Map(
      (this.indexNames.value() ?? []).map((i) => [i.key, this.translations.pick(i.name)]),
    );
    return (this.committee.value()?.indices ?? []).map((key) => ({ key, name: names.get(key) ?? key }));
  });
}
