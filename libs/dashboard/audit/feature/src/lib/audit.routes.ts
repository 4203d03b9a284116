import { Route } from '@angular/router';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { AUDIT_TEXTS } from './i18n/audit-texts';

/** The audit log viewer under `/audit`; loaded on first visit. */
export const auditRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(AUDIT_TEXTS)],
    loadComponent: () => import('./audit-page').then((m) => m.AuditPage),
  },
];
