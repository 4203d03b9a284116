import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_CHANNELS,
  type NotificationPreferenceChoice,
  type NotificationPreferenceView,
  type SessionUser,
} from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertMay } from '../common/scope';
import { regionExists } from '../regions/region-references';
import { preferenceViews, saveChoices, storedChoices } from './preference-table';

/**
 * What each account hears of, per kind and channel: its own choice, else its region's default, which the
 * region's director sets (issue 19, item 2), else on.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly manager: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** One's choice per kind and channel: one's own, else one's region's default, else on. */
  async preferences(user: SessionUser): Promise<NotificationPreferenceView[]> {
    const own = await storedChoices(this.manager, { accountId: user.id });
    const region = user.regionId ? await storedChoices(this.manager, { regionId: user.regionId }) : new Map();
    return preferenceViews([own, region]);
  }

  /** Saves one's own choice for the kinds listed; 400 for a mandatory kind turned off. */
  async savePreferences(
    user: SessionUser,
    choices: readonly NotificationPreferenceChoice[],
  ): Promise<NotificationPreferenceView[]> {
    await this.manager.transaction((manager) => saveChoices(manager, { accountId: user.id }, choices));
    return this.preferences(user);
  }

  /** A region's defaults (directors of the region, national admins); 404 for another or a missing region. */
  async regionDefaults(user: SessionUser, regionId: string): Promise<NotificationPreferenceView[]> {
    await this.assertRegion(user, regionId);
    return preferenceViews([await storedChoices(this.manager, { regionId })]);
  }

  /** Saves a region's defaults for the kinds listed, audited as a change of the region. */
  async saveRegionDefaults(
    actor: Actor,
    regionId: string,
    choices: readonly NotificationPreferenceChoice[],
  ): Promise<NotificationPreferenceView[]> {
    await this.assertRegion(actor.user, regionId);
    return this.manager.transaction(async (manager) => {
      const before = preferenceViews([await storedChoices(manager, { regionId })]);
      await saveChoices(manager, { regionId }, choices);
      const after = preferenceViews([await storedChoices(manager, { regionId })]);
      const changes = after.flatMap((row, i) =>
        NOTIFICATION_CHANNELS.filter((channel) => row[channel] !== before[i][channel]).map((channel) => ({
          field: `${row.kind}.${channel}`,
          old: before[i][channel],
          new: row[channel],
        })),
      );
      if (changes.length > 0)
        await this.audit.record(manager, actor, {
          action: 'region.update',
          entity: 'region_notification_default',
          entityId: regionId,
          regionId,
          changes,
        });
      return after;
    });
  }

  private async assertRegion(user: SessionUser, regionId: string): Promise<void> {
    assertMay(user, 'region.notification_defaults.manage', { regionId }, 'region');
    if (!(await regionExists(this.manager, regionId))) throw new RecordNotFoundException('region');
  }
}
