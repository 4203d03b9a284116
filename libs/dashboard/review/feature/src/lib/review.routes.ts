import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { REVIEW_TEXTS } from './i18n/review-texts';

export const reviewRoutes: Route[] = [
  {
    path: 'review',
    canMatch: [mayEnter('submission.review_queue')],
    loadComponent: () => import('./review-queue-page').then((m) => m.ReviewQueuePage),
  },
  {
    path: 'completeness',
    canMatch: [mayEnter('cycle.completeness.read')],
    loadComponent: () => import('./completeness-page').then((m) => m.CompletenessPage),
  },
  {
    path: 'review/:submissionId',
    canMatch: [mayEnter('submission.read')],
    providers: [provideTranslations(REVIEW_TEXTS)],
    loadComponent: () => import('./review-page').then((m) => m.ReviewPage),
  },
];
