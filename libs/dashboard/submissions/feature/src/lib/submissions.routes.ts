import { Route } from '@angular/router';

export const submissionsRoutes: Route[] = [
  { path: 'submissions', loadComponent: () => import('./my-submission').then((m) => m.MySubmission) },
  {
    path: 'submissions/:submissionId',
    loadComponent: () => import('./form/submission-page').then((m) => m.SubmissionPage),
  },
];
