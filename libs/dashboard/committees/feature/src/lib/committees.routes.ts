import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { TRAINING_TAB_TEXTS } from '@prgauge/dashboard-training-ui';
import { COMMITTEES_TEXTS } from './i18n/committees-texts';

/**
 * The region's committees and their members, loaded on first visit. The shell mounts them at
 * `/training/committees`: they show under the training area's tabs, whose texts come with them.
 */
export const committeesRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(COMMITTEES_TEXTS), provideTranslations(TRAINING_TAB_TEXTS)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./committees-page').then((m) => m.CommitteesPage),
      },
      {
        path: 'new',
        canMatch: [mayEnter('committee.manage')],
        loadComponent: () => import('./new-committee-page').then((m) => m.NewCommitteePage),
      },
      {
        path: ':committeeId',
        loadComponent: () => import('./committee-page').then((m) => m.CommitteePage),
      },
    ],
  },
];
