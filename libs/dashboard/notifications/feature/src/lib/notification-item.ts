import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { NotificationView } from '@prgauge/contracts';
import { LocalMomentPipe, READER_TIME_ZONE, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/** Where a click on a notification leads: the notification itself, or one of the things it lists. */
export interface NotificationOpened {
  notification: NotificationView;
  link: string | null;
}

/**
 * One notification as the bell and the notifications page list it: its title (a link to the thing), its lines,
 * the things it lists, each a link of its own, and when it came, on the reader's calendar and clock.
 */
@Component({
  selector: 'pr-notification-item',
  imports: [LocalMomentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let n = notification();
    <article class="note" [class.unread]="!n.readAt">
      <h3 class="title">
        @if (!n.readAt) {
          <span class="dot" aria-hidden="true"></span>
          <span class="visually-hidden">{{ 'bell.unread' | t }}:</span>
        }
        @if (n.link) {
          <a [attr.href]="n.link" (click)="open($event, n.link)">{{ n.title }}</a>
        } @else {
          <button type="button" class="link" (click)="open($event, null)">{{ n.title }}</button>
        }
      </h3>
      @for (line of n.body; track $index) {
        <p class="line">{{ line }}</p>
      }
      @if (n.items.length) {
        <ul class="items">
          @for (item of n.items; track $index) {
            <li dir="auto">
              @if (item.link) {
                <a [attr.href]="item.link" (click)="open($event, item.link)">{{ item.text }}</a>
              } @else {
                {{ item.text }}
              }
            </li>
          }
        </ul>
      }
      <time class="when" [attr.datetime]="n.createdAt">{{ n.createdAt | localMoment: zone }}</time>
    </article>
  `,
  styleUrl: './notification-item.scss',
})
export class NotificationItem {
  readonly notification = input.required<NotificationView>();
  readonly opened = output<NotificationOpened>();
  /** Times are read on the reader's own clock. */
  protected readonly zone = inject(READER_TIME_ZONE);

  protected open(event: Event, link: string | null): void {
    // The screen marks the notification read before it follows the link.
    event.preventDefault();
    this.opened.emit({ notification: this.notification(), link });
  }
}
