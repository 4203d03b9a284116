import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('@prgauge/dashboard-shell-feature').then((m) => m.shellRoutes) },
];
