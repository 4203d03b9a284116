import { Route } from '@angular/router';

/** Training events, registers, programmes, reports and committees; every page loads on first visit only. */
export const trainingRoutes: Route[] = [
  { path: 'training', loadComponent: () => import('./events/events-page').then((m) => m.EventsPage) },
  {
    path: 'training/events/new',
    loadComponent: () => import('./event/new-event-page').then((m) => m.NewEventPage),
  },
  {
    path: 'training/events/:eventId',
    loadComponent: () => import('./event/event-page').then((m) => m.EventPage),
  },
  {
    path: 'training/programmes',
    loadComponent: () => import('./programmes/programmes-page').then((m) => m.ProgrammesPage),
  },
  {
    path: 'training/programmes/:programmeId',
    loadComponent: () => import('./programmes/programme-page').then((m) => m.ProgrammePage),
  },
  {
    path: 'training/reports',
    loadComponent: () => import('./reports/reports-page').then((m) => m.ReportsPage),
  },
  {
    path: 'training/committees',
    loadComponent: () => import('./committees/committees-page').then((m) => m.CommitteesPage),
  },
  {
    path: 'training/committees/:committeeId',
    loadComponent: () => import('./committees/committee-page').then((m) => m.CommitteePage),
  },
];
