import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { NOTIFICATION_PREFERENCE_TEXTS } from '@prgauge/dashboard-notifications-ui';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { provideFieldChecks } from '@prgauge/dashboard-shared-ui';
import { ORGANISATION_TEXTS } from './i18n/organisation-texts';
import { ORG_FIELD_CHECKS } from './shared/field-checks';

/**
 * The organisation's administration under `/organisation`: regions and their peer groups, agencies with their
 * import, and accounts. Each page's guard names the action it reads with; its buttons follow the actions that
 * change things.
 */
export const organisationRoutes: Route[] = [
  {
    path: '',
    providers: [
      provideTranslations(ORGANISATION_TEXTS),
      // The region page's table of notification defaults names every kind.
      provideTranslations(NOTIFICATION_PREFERENCE_TEXTS),
      provideFieldChecks(ORG_FIELD_CHECKS),
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'agencies' },
      {
        path: 'regions',
        pathMatch: 'full',
        canMatch: [mayEnter('region.read')],
        loadComponent: () => import('./regions/regions-page').then((m) => m.RegionsPage),
      },
      {
        path: 'regions/:regionId',
        canMatch: [mayEnter('region.read')],
        loadComponent: () => import('./regions/region-page').then((m) => m.RegionPage),
      },
      {
        path: 'agencies',
        pathMatch: 'full',
        canMatch: [mayEnter('agency.read')],
        loadComponent: () => import('./agencies/agencies-page').then((m) => m.AgenciesPage),
      },
      {
        path: 'agencies/import',
        canMatch: [mayEnter('agency.create')],
        loadComponent: () => import('./agencies/agency-import-page').then((m) => m.AgencyImportPage),
      },
      {
        path: 'accounts',
        canMatch: [mayEnter('account.list')],
        loadComponent: () => import('./accounts/accounts-page').then((m) => m.AccountsPage),
      },
    ],
  },
];
