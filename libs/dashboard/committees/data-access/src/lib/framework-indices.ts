import { computed, inject, Injectable, resource } from '@angular/core';
import type { IndexHeader } from '@prgauge/contracts';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';

/**
 * The top-level indices of the latest cycle's framework, which committees are given to review. A committee
 * stores only their keys, so names come from here.
 */
@Injectable({ providedIn: 'root' })
export class FrameworkIndices {
  private readonly results = inject(ResultsApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);

  readonly indices = resource({
    params: () => this.session.user()?.id,
    loader: async (): Promise<IndexHeader[]> => {
      const latest = (await this.results.cycles(true)).find((c) => c.status !== 'draft');
      return latest ? (await this.results.ranking(latest.id)).indices : [];
    },
  });

  private readonly names = computed(
    () =>
      new Map(
        (this.indices.hasValue() ? this.indices.value() : []).map((i) => [
          i.key,
          this.translations.pick(i.name),
        ]),
      ),
  );

  /** The index's name in the reader's language, or its key when the framework no longer has it. */
  nameOf(key: string): string {
    return this.names().get(key) ?? key;
  }
}
