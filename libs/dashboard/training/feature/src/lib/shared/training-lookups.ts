import { computed, inject, Injectable, resource } from '@angular/core';
import type { AgencyView, CommitteeView, TrainingTopicView } from '@prgauge/contracts';
import { CommitteesApi, OrganisationApi, SessionStore, TrainingApi } from '@prgauge/dashboard-data-access';
import { TranslationService } from '@prgauge/dashboard-i18n';

/**
 * The lists every training screen names things from (topics, committees, programmes, agencies), read once per
 * signed-in person, and whether that person may change training records.
 */
@Injectable({ providedIn: 'root' })
export class TrainingLookups {
  private readonly training = inject(TrainingApi);
  private readonly committeesApi = inject(CommitteesApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly session = inject(SessionStore);
  private readonly translations = inject(TranslationService);

  private readonly userId = computed(() => this.session.user()?.id);
  /** Agency editors may not list committees or programmes; they only see their own agency's rows. */
  private readonly staffId = computed(() =>
    this.session.hasRole('admin', 'director', 'evaluator', 'viewer', 'committee_member')
      ? this.userId()
      : undefined,
  );

  readonly topics = resource({
    params: () => this.userId(),
    loader: () => this.training.topics(),
  });
  readonly committees = resource({
    params: () => this.staffId(),
    loader: () => this.committeesApi.list(),
  });
  readonly programmes = resource({
    params: () => this.staffId(),
    loader: () => this.training.programmes(),
  });
  readonly agencies = resource({
    params: () => this.userId(),
    loader: () => this.organisation.agencies(),
  });

  /** Directors, and members of one of the region's training committees, as the API decides too. */
  readonly canManage = computed(() => {
    if (this.session.hasRole('director')) return true;
    const id = this.userId();
    if (!id || !this.session.hasRole('committee_member')) return false;
    return (this.committees.value() ?? []).some(
      (c) => c.kind === 'training' && c.members.some((m) => m.userId === id),
    );
  });

  private readonly topicsById = computed(
    () => new Map((this.topics.value() ?? []).map((t): [string, TrainingTopicView] => [t.id, t])),
  );
  private readonly committeesById = computed(
    () => new Map((this.committees.value() ?? []).map((c): [string, CommitteeView] => [c.id, c])),
  );
  private readonly agenciesById = computed(
    () => new Map((this.agencies.value() ?? []).map((a): [string, AgencyView] => [a.id, a])),
  );

  topicName(id: string, code = ''): string {
    const topic = this.topicsById().get(id);
    return topic ? this.translations.pick(topic.name) : code;
  }

  committeeName(id: string | null): string {
    const committee = id ? this.committeesById().get(id) : undefined;
    return committee ? this.translations.pick(committee.name) : '—';
  }

  agency(id: string | null): AgencyView | undefined {
    return id ? this.agenciesById().get(id) : undefined;
  }

  programmeName(id: string | null): string {
    const programme = (this.programmes.value() ?? []).find((p) => p.id === id);
    return programme ? this.translations.pick(programme.name) : '—';
  }
}
