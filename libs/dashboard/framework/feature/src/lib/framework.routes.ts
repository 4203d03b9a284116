import { Route } from '@angular/router';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { FRAMEWORK_TEXTS } from './i18n/framework-texts';
import { confirmUnsavedChanges } from './unsaved-changes.guard';

/** The framework editor of one cycle, mounted at `admin/cycles/:cycleId/framework`; loaded on first visit. */
export const frameworkRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(FRAMEWORK_TEXTS)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        canDeactivate: [confirmUnsavedChanges],
        loadComponent: () => import('./framework-page').then((m) => m.FrameworkPage),
      },
    ],
  },
];
