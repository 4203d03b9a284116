import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';

/** Rankings and scorecards; every page loads on first visit only. */
export const resultsRoutes: Route[] = [
  { path: 'heatmap', loadComponent: () => import('./heatmap/heatmap-page').then((m) => m.HeatmapPage) },
  {
    path: 'what-if',
    canMatch: [mayEnter('scoring.preview')],
    loadComponent: () => import('./what-if/what-if-page').then((m) => m.WhatIfPage),
  },
  { path: 'rankings', loadComponent: () => import('./rankings/rankings-page').then((m) => m.RankingsPage) },
  {
    path: 'scorecards/:cycleId/:agencyId',
    loadComponent: () => import('./scorecard/scorecard-page').then((m) => m.ScorecardPage),
  },
  {
    path: 'scorecards',
    loadComponent: () => import('./scorecard/scorecard-picker').then((m) => m.ScorecardPicker),
  },
];
