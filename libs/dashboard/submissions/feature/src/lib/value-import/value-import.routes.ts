import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { SUBMISSION_TEXTS } from '../i18n/submission-texts';

/** A cycle's value import page, with the submission texts it shares the dictionaries of. */
export const valueImportRoute: Route = {
  path: 'submissions/cycles/:cycleId/import',
  canMatch: [mayEnter('cycle.values.import')],
  providers: [provideTranslations(SUBMISSION_TEXTS)],
  loadComponent: () => import('./value-import-page').then((m) => m.ValueImportPage),
};
