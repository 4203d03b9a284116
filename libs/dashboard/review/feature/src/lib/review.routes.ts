import { Route } from '@angular/router';

export const reviewRoutes: Route[] = [
  { path: 'review', loadComponent: () => import('./review-queue-page').then((m) => m.ReviewQueuePage) },
  { path: 'review/:submissionId', loadComponent: () => import('./review-page').then((m) => m.ReviewPage) },
];
