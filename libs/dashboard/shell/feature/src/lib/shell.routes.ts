import { Route } from '@angular/router';
import { NAV_ITEMS } from './nav-items';
import { Shell } from './shell/shell';

/** The shell with its pages; areas without screens yet say what they are for. */
export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
      },
      ...NAV_ITEMS.filter((item) => item.path !== '').map((item): Route => ({
        path: item.path,
        loadComponent: () => import('./section/section-page').then((m) => m.SectionPage),
        data: { title: item.label, description: `section.${item.path}` },
      })),
      { path: '**', redirectTo: '' },
    ],
  },
];
