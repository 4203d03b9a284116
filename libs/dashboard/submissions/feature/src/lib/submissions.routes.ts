import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { valueImportRoute } from './value-import/value-import.routes';

export const submissionsRoutes: Route[] = [
  // Before `submissions/:submissionId`, whose prefix would otherwise take `cycles` for an id.
  valueImportRoute,
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
