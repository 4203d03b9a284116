import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { landingFor, SessionStore } from '@prgauge/dashboard-data-access';
import { resultsRoutes } from '@prgauge/dashboard-results';
import { reviewRoutes } from '@prgauge/dashboard-review';
import { submissionsRoutes } from '@prgauge/dashboard-submissions';
import { NAV_ITEMS } from './nav-items';
import { Shell } from './shell/shell';

/** Areas whose screens are still to come say what they are for. */
const PLANNED = NAV_ITEMS.filter(
  (item) =>
    ![
      'rankings',
      'scorecards',
      'heatmap',
      'what-if',
      'submissions',
      'review',
      'completeness',
      'training',
      'contests',
      'contests/jury',
      'contests/voting',
      'about',
    ].includes(item.path),
);

export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => landingFor(inject(SessionStore).user()) },
      { path: 'about', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
      { path: 'sign-in', loadComponent: () => import('@prgauge/dashboard-auth').then((m) => m.SignInPage) },
      ...resultsRoutes,
      ...submissionsRoutes,
      {
        path: 'training',
        loadChildren: () => import('@prgauge/dashboard-training').then((m) => m.trainingRoutes),
      },
      {
        path: 'contests',
        loadChildren: () => import('@prgauge/dashboard-contests').then((m) => m.contestsRoutes),
      },
      ...reviewRoutes,
      ...PLANNED.map((item): Route => ({
        path: item.path,
        loadComponent: () => import('./section/section-page').then((m) => m.SectionPage),
        data: { title: item.label, description: `section.${item.path}` },
      })),
      { path: '**', redirectTo: '' },
    ],
  },
];
