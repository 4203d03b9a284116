import { Inject, Injectable } from '@nestjs/common';
import type { Locale, NotificationKind } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { type Environment, publicUrlOf } from '../config/environment';
import { ENVIRONMENT } from '../config/environment.token';
import { queueMail } from '../mail/queue-mail';
import { FALLBACK_TIME_ZONE, timeZonesOfRegions } from '../regions/region-time-zone';
import { notificationRecipients, type NotificationAudience } from '../users/notification-recipients';
import { channelChoices } from './channel-choices';
import { renderNotification, type NotificationParams } from './texts/render-notification';

/** One event that people hear of. */
export interface NotificationEvent {
  kind: NotificationKind;
  /**
   * Names the event, unique across the installation (`submission.returned:<submission id>:<version>`): each
   * account and address hears of one key once, however often it is recorded (a retried request, a repeated sweep).
   */
  key: string;
  /** The region it happens in (its zone shows instants); null for national events. */
  regionId: string | null;
  /** The accounts told of it, by their preferences. */
  audience?: NotificationAudience;
  /** People without an account (an applicant), by address and language: told by email only. */
  addresses?: readonly { email: string; locale: Locale }[];
  params: NotificationParams;
  /** The dashboard path of the thing (`/cycles/…`), without the origin; null when there is none. */
  link: string | null;
  /**
   * Parts of the message only its reader may see (a reset link's or a private link's token): they are sent, and
   * blanked wherever someone else reads the message (the outbox).
   */
  secrets?: readonly string[];
}

/**
 * Records notifications and emails inside the caller's transaction (issue 19, item 3): what the event's
 * transaction commits, people hear of; what it rolls back, no one does. Emails are sent afterwards by the mail
 * worker. Every module that causes an event injects this.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly clock: Clock,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  /** Records `event` for its audience and addresses; returns how many accounts and addresses it reached. */
  async notify(manager: EntityManager, event: NotificationEvent): Promise<number> {
    const now = this.clock.now();
    const recipients = event.audience ? await notificationRecipients(manager, event.audience) : [];
    const choices = await channelChoices(manager, event.kind, recipients);
    const zones = await timeZonesOfRegions(manager, event.regionId ? [event.regionId] : []);
    const timeZone = (event.regionId && zones.get(event.regionId)) || FALLBACK_TIME_ZONE;
    const inApp = recipients.filter((r) => choices.get(r.accountId)?.app);
    if (inApp.length > 0) {
      await manager.query(
        `INSERT INTO notification (account_id, region_id, kind, event_key, params, link, created_at)
         SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6, $7
         ON CONFLICT (account_id, event_key) DO NOTHING`,
        [inApp.map((r) => r.accountId), event.regionId, event.kind, event.key, event.params, event.link, now],
      );
    }
    const publicUrl = publicUrlOf(this.env);
    const mails = [
      ...recipients
        .filter((r) => r.email && choices.get(r.accountId)?.email)
        .map((r) => ({ to: r.email as string, locale: r.locale, accountId: r.accountId as string | null })),
      ...(event.addresses ?? []).map((a) => ({ to: a.email, locale: a.locale, accountId: null })),
    ];
    for (const mail of mails) {
      await queueMail(manager, {
        idempotencyKey: `${event.key}:${mail.accountId ?? mail.to.toLowerCase()}`,
        kind: event.kind,
        regionId: event.regionId,
        accountId: mail.accountId,
        to: mail.to,
        locale: mail.locale,
        note: renderNotification(event.kind, event.params, { locale: mail.locale, timeZone }),
        link: event.link,
        publicUrl,
        secrets: event.secrets ?? [],
        now,
      });
    }
    return new Set([...inApp.map((r) => r.accountId), ...mails.map((m) => m.accountId ?? m.to)]).size;
  }
}
