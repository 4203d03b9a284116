import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { activeAgenciesOf } from '../agencies/active-agencies';
import { agencyProfilesById } from '../agencies/agency-profiles.facade';
import { ownSubmissionLink, rankingsLink, submissionLink } from '../notifications/dashboard-links';
import { Notifier } from '../notifications/notifier';
import type { CycleRecord } from './cycle-record.facade';

type NoticeCycle = Pick<CycleRecord, 'id' | 'regionId' | 'name' | 'deadline'>;

/** Tells people of a cycle's steps (issue 19), inside the step's transaction. */
@Injectable()
export class CycleNotices {
  constructor(private readonly notifier: Notifier) {}

  /** The editors of the region's active agencies hear that the cycle opened, and its deadline. */
  async opened(manager: EntityManager, cycle: NoticeCycle): Promise<void> {
    const agencyIds = (await activeAgenciesOf(manager, cycle.regionId)).map((a) => a.id);
    if (agencyIds.length === 0) return;
    await this.notifier.notify(manager, {
      kind: 'cycle.opened',
      key: `cycle.opened:${cycle.id}`,
      regionId: cycle.regionId,
      audience: { regionId: cycle.regionId, roles: ['agency_editor'], agencyIds },
      params: { cycle: cycle.name, deadline: { instant: cycle.deadline.toISOString() } },
      link: ownSubmissionLink(cycle.id),
    });
  }

  /** Every account of the region hears of a publication (each publication once, a republication again). */
  async published(manager: EntityManager, cycle: NoticeCycle, publication: number): Promise<void> {
    await this.notifier.notify(manager, {
      kind: 'results.published',
      key: `results.published:${cycle.id}:${publication}`,
      regionId: cycle.regionId,
      audience: { regionId: cycle.regionId },
      params: { cycle: cycle.name },
      link: rankingsLink(cycle.id),
    });
  }

  /** The agency's editors hear of their new deadline, `until`. */
  async extended(
    manager: EntityManager,
    cycle: NoticeCycle,
    extension: { agencyId: string; submissionId: string; until: Date },
  ): Promise<void> {
    const agency = (await agencyProfilesById(manager, [extension.agencyId])).get(extension.agencyId);
    const until = extension.until.toISOString();
    await this.notifier.notify(manager, {
      kind: 'deadline.extended',
      key: `deadline.extended:${extension.submissionId}:${until}`,
      regionId: cycle.regionId,
      audience: { regionId: cycle.regionId, roles: ['agency_editor'], agencyIds: [extension.agencyId] },
      params: { agency: agency?.name ?? null, cycle: cycle.name, deadline: { instant: until } },
      link: submissionLink(extension.submissionId),
    });
  }
}
