import { Injectable } from '@nestjs/common';
import type { Locale, NotificationUnreadView, NotificationView, Page, SessionUser } from '@prgauge/contracts';
import { EntityManager, IsNull } from 'typeorm';
import { Clock } from '../common/clock';
import { pageOf, pageRowsOf, type PageWindow } from '../common/paging';
import { RecordNotFoundException } from '../common/record-not-found';
import { defaultLocaleOfRegion } from '../regions/region-default-locale';
import { FALLBACK_TIME_ZONE, timeZonesOfRegions } from '../regions/region-time-zone';
import { Notification } from './notification.entity';
import { renderNotification, type NotificationParams } from './texts/render-notification';

/**
 * The bell: one's own notifications in one's own language, marked read one by one or all at once. Another
 * account's notification answers 404, like a missing one.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly manager: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * One's notifications, newest first, rendered in `lang` (the language the reader reads the dashboard in),
   * else one's own, with instants in each one's region's zone.
   */
  async list(user: SessionUser, window: PageWindow, lang?: Locale): Promise<Page<NotificationView>> {
    const [rows, total] = await pageRowsOf(
      this.manager,
      this.manager.createQueryBuilder(Notification, 'n').setFindOptions({
        where: { accountId: user.id },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: window.limit,
        skip: window.offset,
      }),
      window,
    );
    const locale = lang ?? (await this.localeOf(user));
    const zones = await timeZonesOfRegions(this.manager, [
      ...rows.map((row) => row.regionId).filter((id): id is string => id !== null),
      ...(user.regionId ? [user.regionId] : []),
    ]);
    const zoneOf = (row: Notification) =>
      zones.get(row.regionId ?? user.regionId ?? '') ?? FALLBACK_TIME_ZONE;
    return pageOf(
      rows.map((row) => viewOf(row, locale, zoneOf(row))),
      total,
      window,
    );
  }

  /** How many of one's notifications are unread. */
  async unread(user: SessionUser): Promise<NotificationUnreadView> {
    return { unread: await this.manager.countBy(Notification, { accountId: user.id, readAt: IsNull() }) };
  }

  /**
   * Marks one of one's notifications read (again: it keeps its first reading time); 404 `record.not_found`
   * when it is missing or another's. Answers the new unread count.
   */
  async markRead(user: SessionUser, id: string): Promise<NotificationUnreadView> {
    const found = await this.manager.existsBy(Notification, { id, accountId: user.id });
    if (!found) throw new RecordNotFoundException('notification');
    await this.manager.update(
      Notification,
      { id, accountId: user.id, readAt: IsNull() },
      { readAt: this.clock.now() },
    );
    return this.unread(user);
  }

  /** Marks every one of one's unread notifications read. */
  async markAllRead(user: SessionUser): Promise<NotificationUnreadView> {
    await this.manager.update(
      Notification,
      { accountId: user.id, readAt: IsNull() },
      { readAt: this.clock.now() },
    );
    return { unread: 0 };
  }

  /** The reader's language: their own choice, else their region's default (Russian for national accounts). */
  private async localeOf(user: SessionUser): Promise<Locale> {
    if (user.locale) return user.locale;
    return user.regionId ? defaultLocaleOfRegion(this.manager, user.regionId) : 'ru';
  }
}

function viewOf(row: Notification, locale: Locale, timeZone: string): NotificationView {
  const note = renderNotification(row.kind, row.params as NotificationParams, { locale, timeZone });
  return {
    id: row.id,
    kind: row.kind,
    title: note.title,
    body: note.body,
    items: note.items,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
