import { Route } from '@angular/router';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { JOBS_TEXTS } from './i18n/jobs-texts';

/** The caller's background jobs under `/jobs`; loaded on first visit. */
export const jobsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(JOBS_TEXTS)],
    loadComponent: () => import('./jobs-page').then((m) => m.JobsPage),
  },
];
