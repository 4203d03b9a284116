import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';

export const submissionsRoutes: Route[] = [
  {
    path: 'submissions',
    canMatch: [mayEnter('submission.submit')],
    loadComponent: () => import('./my-submission').then((m) => m.MySubmission),
  },
  {
    path: 'submissions/:submissionId',
    canMatch: [mayEnter('submission.read')],
    loadChildren: () => import('./form/submission-form.routes').then((m) => m.submissionFormRoutes),
  },
];
