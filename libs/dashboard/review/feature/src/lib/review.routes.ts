import { Route } from '@angular/router';

export const reviewRoutes: Route[] = [
  { path: 'review', loadComponent: () => import('./review-queue-page').then((m) => m.ReviewQueuePage) },
  {
    path: 'completeness',
    loadComponent: () => import('./completeness-page').then((m) => m.CompletenessPage),
  },
  { path: 'review/:submissionId', loadComponent: () => import('./review-page').then((m) => m.ReviewPage) },
];
