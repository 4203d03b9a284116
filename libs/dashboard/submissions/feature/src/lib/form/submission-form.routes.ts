import { Route } from '@angular/router';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { SUBMISSION_TEXTS } from '../i18n/submission-texts';

/** One submission's form; its own texts come with it. */
export const submissionFormRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(SUBMISSION_TEXTS)],
    loadComponent: () => import('./submission-page').then((m) => m.SubmissionPage),
  },
];
