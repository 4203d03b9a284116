import { computed, inject, Injectable, resource, signal } from '@angular/core';
import type { AgencyView, CommitteeView, TrainingTopicView } from '@prgauge/contracts';
import { CommitteesApi, committeeDutiesOf } from '@prgauge/dashboard-committees-data-access';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { TrainingApi } from './training.api';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';

/** The training records a director, a national admin or the training committee changes. */
export type TrainingManagement =
  'training.event.manage' | 'training.attendance.manage' | 'training.topic.manage';

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
  private readonly committeeReader = computed(() =>
    this.session.can('committee.read') ? this.userId() : undefined,
  );
  private readonly programmeReader = computed(() =>
    this.session.can('training.programme.read') ? this.userId() : undefined,
  );

  readonly topics = resource({
    params: () => this.userId(),
    loader: () => this.training.topics(),
  });
  readonly committees = resource({
    params: () => this.committeeReader(),
    loader: () => this.committeesApi.list(),
  });
  readonly programmes = resource({
    params: () => this.programmeReader(),
    loader: () => this.training.programmes(),
  });
  /** The region whose agencies a register offers: the event's shown, else the person's own (none for a national admin). */
  private readonly shownRegion = signal<string | undefined>(undefined);
  readonly agencies = resource({
    params: () => {
      const regionId = this.shownRegion() ?? this.session.user()?.regionId;
      const userId = this.userId();
      return regionId && userId ? { regionId, userId } : undefined;
    },
    loader: ({ params }) => this.organisation.regionAgencies(params.regionId),
  });

  /** Offers and names the agencies of `regionId` (the region of the event on screen) from now on. */
  showAgenciesOf(regionId: string): void {
    this.shownRegion.set(regionId);
  }

  /** Whether this person sits on one of the region's training committees, which gives a committee member the duty. */
  private readonly trainingSeat = computed(() => {
    const id = this.userId();
    return (
      id !== undefined &&
      committeeDutiesOf(this.committees.hasValue() ? this.committees.value() : [], id).kinds.has('training')
    );
  });

  /**
   * Whether this person may change the region's training records of this kind, as the API decides: by the
   * permissions map, with a committee member's seat on a training committee as the committee's duty.
   */
  mayManage(action: TrainingManagement): boolean {
    return this.session.can(action, { committeeMember: this.trainingSeat() });
  }

  private readonly topicsById = computed(
    () =>
      new Map(
        (this.topics.hasValue() ? this.topics.value() : []).map((t): [string, TrainingTopicView] => [
          t.id,
          t,
        ]),
      ),
  );
  private readonly committeesById = computed(
    () =>
      new Map(
        (this.committees.hasValue() ? this.committees.value() : []).map((c): [string, CommitteeView] => [
          c.id,
          c,
        ]),
      ),
  );
  private readonly agenciesById = computed(
    () =>
      new Map(
        ((this.agencies.hasValue() ? this.agencies.value() : undefined) ?? []).map(
          (a): [string, AgencyView] => [a.id, a],
        ),
      ),
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
    const programme = (this.programmes.hasValue() ? this.programmes.value() : []).find((p) => p.id === id);
    return programme ? this.translations.pick(programme.name) : '—';
  }
}
