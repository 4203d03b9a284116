import { Route } from '@angular/router';

export const submissionsRoutes: Route[] = [
  { path: 'submissions', loadComponent: () => import('./my-submission').then((m) => m.MySubmission) },
  {
    path: 'submissions/:submissionId',
    loadChildren: () => import('./form/submission-form.routes').then((m) => m.submissionFormRoutes),
  },
];
