import { Route } from '@angular/router';
import { CONTEST_RULE_TEXTS } from '@prgauge/dashboard-contests-ui';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { provideFieldChecks } from '@prgauge/dashboard-shared-ui';
import { CONTESTS_ADMIN_TEXTS } from './i18n/contests-admin-texts';

/** The organisers' contest pages under `/contests/manage`, loaded on first visit. */
export const contestsAdminRoutes: Route[] = [
  {
    path: '',
    // The forms' own checks are `contestsAdmin.…` keys whose texts name their limits already.
    providers: [
      provideTranslations(CONTESTS_ADMIN_TEXTS),
      provideTranslations(CONTEST_RULE_TEXTS),
      provideFieldChecks({ keyPrefix: 'contestsAdmin.', limits: {} }),
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./contests/contests-page').then((m) => m.ContestsPage),
      },
      {
        path: 'new',
        loadComponent: () => import('./contest/new-contest-page').then((m) => m.NewContestPage),
      },
      {
        path: ':contestId',
        loadComponent: () => import('./contest/contest-settings-page').then((m) => m.ContestSettingsPage),
      },
      {
        path: ':contestId/applications',
        loadComponent: () => import('./screening/screening-page').then((m) => m.ScreeningPage),
      },
      {
        path: ':contestId/jury',
        loadComponent: () => import('./jury/jury-page').then((m) => m.JuryPage),
      },
      {
        path: ':contestId/voters',
        loadComponent: () => import('./voters/voters-page').then((m) => m.VotersPage),
      },
      {
        path: ':contestId/anomalies',
        loadComponent: () => import('./anomalies/anomalies-page').then((m) => m.AnomaliesPage),
      },
      {
        path: ':contestId/results',
        loadComponent: () => import('./results/results-page').then((m) => m.ResultsPage),
      },
    ],
  },
];
