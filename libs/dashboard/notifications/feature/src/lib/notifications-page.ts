import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { NotificationsApi, PreferenceDraft, UnreadCount } from '@prgauge/dashboard-notifications-data-access';
import { PreferenceEditor } from '@prgauge/dashboard-notifications-ui';
import { LocaleStore, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { Pager, windowOf } from '@prgauge/dashboard-shared-ui';
import type { NotificationOpened } from './notification-item';
import { NotificationList } from './notification-list';
import { notificationOpener } from './open-notification';

/** Notifications per page of the full list. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * All of one's notifications, newest first, and the choice of what one hears of by which channel (one's own,
 * where one made it; the region's default elsewhere).
 */
@Component({
  selector: 'pr-notifications-page',
  imports: [MatButtonModule, NotificationList, Pager, PreferenceEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styles: `
    .list {
      display: block;
      border: 1px solid #d5d9e2;
      border-radius: 8px;
      overflow: hidden;
      margin-block-end: 1rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-block: 0.75rem;
    }
    .hint {
      opacity: 0.75;
    }
  `,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  protected readonly bell = inject(UnreadCount);
  private readonly locales = inject(LocaleStore);
  private readonly follow = notificationOpener();
  protected readonly offset = signal(0);

  /** Read again when the page, the language (the API words them) or the count changes. */
  protected readonly list = resource({
    params: () => ({ offset: this.offset(), locale: this.locales.locale(), unread: this.bell.count() }),
    loader: ({ params }) =>
      this.api.list(params.locale, { limit: NOTIFICATIONS_PAGE_SIZE, offset: params.offset }),
  });
  protected readonly window = computed(() => (this.list.hasValue() ? windowOf(this.list.value()) : null));

  protected readonly choices = new PreferenceDraft({
    load: () => this.api.preferences(),
    save: (choices) => this.api.savePreferences(choices),
  });

  constructor() {
    void this.choices.load();
  }

  protected open(opened: NotificationOpened): Promise<void> {
    return this.follow(opened);
  }

  protected async markAllRead(): Promise<void> {
    await this.bell.markAllRead().catch(() => undefined);
  }
}
