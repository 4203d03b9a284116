import { Route } from '@angular/router';
import { NOTIFICATION_PREFERENCE_TEXTS } from '@prgauge/dashboard-notifications-ui';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { NOTIFICATION_TEXTS } from './i18n/notification-texts';

/** One's notifications and the choice of what one hears of, under `/notifications`; loaded on first visit. */
export const notificationsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(NOTIFICATION_TEXTS), provideTranslations(NOTIFICATION_PREFERENCE_TEXTS)],
    loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage),
  },
];
