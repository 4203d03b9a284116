import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { TRAINING_TAB_TEXTS } from '@prgauge/dashboard-training-ui';
import { TRAINING_TEXTS } from './i18n/training-texts';

/**
 * Training events, registers, programmes, reports and topics, under `/training`; loaded on first visit. The
 * committees, a domain of their own, are mounted by the shell at `/training/committees`, under the same tabs.
 */
export const trainingRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(TRAINING_TEXTS), provideTranslations(TRAINING_TAB_TEXTS)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./events/events-page').then((m) => m.EventsPage),
      },
      {
        path: 'events/new',
        canMatch: [mayEnter('training.event.manage')],
        loadComponent: () => import('./event/new-event-page').then((m) => m.NewEventPage),
      },
      {
        path: 'events/:eventId',
        loadComponent: () => import('./event/event-page').then((m) => m.EventPage),
      },
      {
        path: 'programmes',
        loadComponent: () => import('./programmes/programmes-page').then((m) => m.ProgrammesPage),
      },
      {
        path: 'programmes/new',
        canMatch: [mayEnter('training.programme.manage')],
        loadComponent: () => import('./programmes/new-programme-page').then((m) => m.NewProgrammePage),
      },
      {
        path: 'programmes/:programmeId',
        loadComponent: () => import('./programmes/programme-page').then((m) => m.ProgrammePage),
      },
      {
        path: 'reports',
        loadComponent: () => import('./reports/reports-page').then((m) => m.ReportsPage),
      },
      {
        path: 'persons',
        canMatch: [mayEnter('training.attendance.manage')],
        loadComponent: () => import('./persons/doubtful-persons-page').then((m) => m.DoubtfulPersonsPage),
      },
      {
        path: 'topics',
        loadComponent: () => import('./topics/topics-page').then((m) => m.TopicsPage),
      },
    ],
  },
];
