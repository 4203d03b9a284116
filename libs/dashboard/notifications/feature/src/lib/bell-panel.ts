import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { NotificationsApi, UnreadCount } from '@prgauge/dashboard-notifications-data-access';
import { LocaleStore, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { NOTIFICATION_TEXTS } from './i18n/notification-texts';
import type { NotificationOpened } from './notification-item';
import { NotificationList } from './notification-list';
import { notificationOpener } from './open-notification';

/** How many notifications the bell's panel shows; the notifications page has them all. */
export const PANEL_SIZE = 8;

/**
 * The bell's panel: the newest notifications, unread ones marked, "mark all read", and a way to the full list.
 * The shell fetches it with its library on first opening, so the first page carries none of it.
 */
@Component({
  selector: 'pr-bell-panel',
  imports: [MatButtonModule, NotificationList, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" role="dialog" aria-labelledby="bell-panel-title">
      <header class="head">
        <h2 id="bell-panel-title">{{ 'bell.title' | t }}</h2>
        <button mat-button type="button" [disabled]="!bell.count()" (click)="markAllRead()">
          {{ 'bell.markAllRead' | t }}
        </button>
      </header>
      <pr-notification-list class="list" [page]="list" (opened)="open($event)" />
      <footer class="foot">
        <a mat-button routerLink="/notifications">{{ 'bell.all' | t }}</a>
      </footer>
    </section>
  `,
  styles: `
    .panel {
      inline-size: min(26rem, 92vw);
      max-block-size: min(32rem, 80vh);
      display: flex;
      flex-direction: column;
      background: #fff;
      color: #1b1b1f;
      border-radius: 8px;
      box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
      overflow: hidden;
    }
    .head,
    .foot {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding-inline: 0.75rem;
      padding-block: 0.25rem;
    }
    .head {
      border-block-end: 1px solid #d5d9e2;
    }
    .foot {
      border-block-start: 1px solid #d5d9e2;
      justify-content: center;
    }
    h2 {
      font-size: 1rem;
      margin: 0;
    }
    .list {
      display: block;
      overflow-y: auto;
    }
  `,
})
export class BellPanel {
  private readonly api = inject(NotificationsApi);
  protected readonly bell = inject(UnreadCount);
  private readonly locales = inject(LocaleStore);
  private readonly follow = notificationOpener();

  /** Read again when the language changes (the API words them) and when the count moves. */
  protected readonly list = resource({
    params: () => ({ locale: this.locales.locale(), unread: this.bell.count() }),
    loader: ({ params }) => this.api.list(params.locale, { limit: PANEL_SIZE }),
  });

  constructor() {
    // No route brings the panel, so its texts come with the component.
    inject(TranslationService).register(NOTIFICATION_TEXTS);
  }

  protected open(opened: NotificationOpened): Promise<void> {
    return this.follow(opened);
  }

  protected async markAllRead(): Promise<void> {
    await this.bell.markAllRead().catch(() => undefined);
  }
}
