import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { UnreadCount } from '@prgauge/dashboard-notifications-data-access';
import type { NotificationOpened } from './notification-item';

/**
 * Marks a notification read and goes where it leads. Create it in a field initialiser (it injects). A failed
 * mark does not stop the reader: the link is followed anyway, and the bell's next poll tells the truth.
 */
export function notificationOpener(): (opened: NotificationOpened) => Promise<void> {
  const bell = inject(UnreadCount);
  const router = inject(Router);
  return async ({ notification, link }) => {
    await bell.markRead(notification).catch(() => undefined);
    if (link) await router.navigateByUrl(link);
  };
}
