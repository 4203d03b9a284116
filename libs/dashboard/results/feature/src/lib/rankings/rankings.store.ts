import { computed, inject, Injectable, resource, signal } from '@angular/core';
import type { CycleView, RankingRow } from '@prgauge/contracts';
import { latestPublishedCycle } from '@prgauge/dashboard-admin-data-access';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { filterRows, nearMine } from './ranking-rows';

const PUBLISHED = new Set<CycleView['status']>(['published', 'archived']);

/** The rankings page's state: which cycle, which peer group, what search, and the rows that follow from them. */
@Injectable()
export class RankingsStore {
  private readonly api = inject(ResultsApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);

  readonly requestedCycle = signal<string | null>(null);
  readonly group = signal<string | null>(null);
  readonly search = signal('');
  readonly showAll = signal(false);

  /** Region staff may look at a live preview of an open cycle; everybody else sees published results only. */
  private readonly seesPreviews = computed(() => this.session.can('results.ranking.preview'));
  readonly myAgencyId = computed(() => this.session.user()?.agencyId ?? null);

  readonly cycles = resource({
    params: () => ({ signedIn: this.session.signedIn(), previews: this.seesPreviews() }),
    loader: async ({ params }) => {
      const cycles = await this.api.cycles(params.signedIn);
      return params.previews
        ? cycles.filter((c) => c.status !== 'draft')
        : cycles.filter((c) => PUBLISHED.has(c.status));
    },
  });

  readonly cycleId = computed(() => {
    const cycles = this.cycles.hasValue() ? this.cycles.value() : [];
    const requested = this.requestedCycle();
    if (requested && cycles.some((c) => c.id === requested)) return requested;
    return (latestPublishedCycle(cycles) ?? cycles[0])?.id ?? null;
  });

  /** The cycle on screen, whose region's zone gives the day it was published on. */
  readonly cycle = computed(
    () => (this.cycles.hasValue() ? this.cycles.value() : []).find((c) => c.id === this.cycleId()) ?? null,
  );

  readonly ranking = resource({
    params: () => this.cycleId() ?? undefined,
    loader: ({ params }) => this.api.ranking(params),
  });
  /** The ranking once read; null while loading or refused. */
  readonly shownRanking = computed(() => (this.ranking.hasValue() ? this.ranking.value() : null));

  /**
   * The peer group asked for when this cycle's ranking has it, else none: a group kept in the address from
   * another cycle shows every row rather than an empty list, and is not sent on to the workbook.
   */
  readonly activeGroup = computed(() => {
    const group = this.group();
    return group && this.shownRanking()?.peerGroups.some((g) => g.code === group) ? group : null;
  });

  readonly filtered = computed<RankingRow[]>(() =>
    filterRows(this.shownRanking()?.rows ?? [], {
      group: this.activeGroup(),
      search: this.search(),
      name: (text) => this.translations.pick(text),
    }),
  );

  /** An agency editor starts on the top five and their own neighbourhood; "show all" lifts that. */
  readonly nearMineOnly = computed(
    () => this.myAgencyId() !== null && !this.showAll() && this.search() === '',
  );

  readonly shown = computed(() => {
    const rows = this.filtered();
    const mine = this.myAgencyId();
    return this.nearMineOnly() && mine
      ? nearMine(rows, mine)
      : rows.map((row) => ({ row, gapBefore: false }));
  });
}
