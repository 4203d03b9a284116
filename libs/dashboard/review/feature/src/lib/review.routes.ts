import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-data-access';

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
    loadComponent: () => import('./review-page').then((m) => m.ReviewPage),
  },
];
