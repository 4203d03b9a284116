import { inject } from '@angular/core';
import { Route } from '@angular/router';
import {
  landingFor,
  mayEnter,
  passwordChangeFirst,
  SessionStore,
} from '@prgauge/dashboard-shared-data-access';
import { resultsRoutes } from '@prgauge/dashboard-results-feature';
import { reviewRoutes } from '@prgauge/dashboard-review-feature';
import { submissionsRoutes } from '@prgauge/dashboard-submissions-feature';
import { Shell } from './shell/shell';

/**
 * Every page under the shell. A lazy area names the action its navigation entry needs (`canMatch`), so a
 * person is never sent into an area the permissions map closes to them, nor downloads its code.
 */
export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    // A one-time password is replaced before any page opens.
    canActivateChild: [passwordChangeFirst],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => landingFor(inject(SessionStore).user()) },
      { path: 'about', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
      // An email's unsubscribe link: open to anyone holding it, signed in or not.
      {
        path: 'unsubscribe',
        loadComponent: () => import('./unsubscribe/unsubscribe-page').then((m) => m.UnsubscribePage),
      },
      {
        path: 'sign-in',
        loadChildren: () => import('@prgauge/dashboard-auth-feature').then((m) => m.signInRoutes),
      },
      {
        path: 'password',
        loadChildren: () => import('@prgauge/dashboard-auth-feature').then((m) => m.passwordRoutes),
      },
      {
        path: 'forgot-password',
        loadChildren: () => import('@prgauge/dashboard-auth-feature').then((m) => m.forgotPasswordRoutes),
      },
      {
        path: 'reset-password',
        loadChildren: () => import('@prgauge/dashboard-auth-feature').then((m) => m.resetPasswordRoutes),
      },
      {
        path: 'account',
        canMatch: [mayEnter('account.update_own')],
        loadChildren: () => import('@prgauge/dashboard-auth-feature').then((m) => m.ownAccountRoutes),
      },
      ...resultsRoutes,
      ...submissionsRoutes,
      // Before the training area, whose tabs the committees share, as a domain of their own.
      {
        path: 'training/committees',
        canMatch: [mayEnter('training.report.read')],
        loadChildren: () => import('@prgauge/dashboard-committees-feature').then((m) => m.committeesRoutes),
      },
      {
        path: 'training',
        canMatch: [mayEnter('training.report.read')],
        loadChildren: () => import('@prgauge/dashboard-training-feature').then((m) => m.trainingRoutes),
      },
      ...reviewRoutes,
      {
        path: 'admin/cycles/:cycleId/framework',
        canMatch: [mayEnter('cycle.read')],
        loadChildren: () => import('@prgauge/dashboard-framework-feature').then((m) => m.frameworkRoutes),
      },
      {
        path: 'jobs',
        canMatch: [mayEnter('job.read')],
        loadChildren: () => import('@prgauge/dashboard-jobs-feature').then((m) => m.jobsRoutes),
      },
      {
        path: 'notifications',
        canMatch: [mayEnter('account.notifications.read')],
        loadChildren: () =>
          import('@prgauge/dashboard-notifications-feature').then((m) => m.notificationsRoutes),
      },
      {
        path: 'audit',
        canMatch: [mayEnter('audit.search')],
        loadChildren: () => import('@prgauge/dashboard-audit-feature').then((m) => m.auditRoutes),
      },
      // After the framework editor, which lives under the same prefix in a lib of its own.
      {
        path: 'admin',
        canMatch: [mayEnter('cycle.create')],
        loadChildren: () => import('@prgauge/dashboard-admin-feature').then((m) => m.adminRoutes),
      },
      {
        path: 'organisation',
        canMatch: [mayEnter('agency.update')],
        loadChildren: () =>
          import('@prgauge/dashboard-organisation-feature').then((m) => m.organisationRoutes),
      },
      {
        path: 'contests/manage',
        canMatch: [mayEnter('contest.create')],
        loadChildren: () =>
          import('@prgauge/dashboard-contests-feature-admin').then((m) => m.contestsAdminRoutes),
      },
      // After contest management, whose prefix would otherwise read as a contest's id.
      {
        path: 'contests',
        loadChildren: () =>
          import('@prgauge/dashboard-contests-feature-public').then((m) => m.contestsRoutes),
      },
      { path: '**', redirectTo: '' },
    ],
  },
];
