import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { provideFieldChecks } from '@prgauge/dashboard-shared-ui';
import { ADMIN_TEXTS } from './i18n/admin-texts';
import { ADMIN_FIELD_CHECKS } from './shared/field-checks';

/** Cycle administration and the outgoing mail under `/admin`; the framework editor at `cycles/:cycleId/framework` is mounted apart. */
export const adminRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(ADMIN_TEXTS), provideFieldChecks(ADMIN_FIELD_CHECKS)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'cycles' },
      {
        path: 'cycles',
        pathMatch: 'full',
        loadComponent: () => import('./cycles/cycles-page').then((m) => m.CyclesPage),
      },
      {
        path: 'cycles/new',
        loadComponent: () => import('./cycles/new-cycle-page').then((m) => m.NewCyclePage),
      },
      {
        path: 'cycles/:cycleId',
        pathMatch: 'full',
        loadComponent: () => import('./cycle/cycle-page').then((m) => m.CyclePage),
      },
      {
        path: 'outbox',
        canMatch: [mayEnter('mail.outbox.read')],
        loadComponent: () => import('./outbox/outbox-page').then((m) => m.OutboxPage),
      },
    ],
  },
];
