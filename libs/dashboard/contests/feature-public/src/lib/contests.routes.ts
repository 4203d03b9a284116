import { Route } from '@angular/router';
import { mayEnter } from '@prgauge/dashboard-shared-data-access';
import { ContestStore } from '@prgauge/dashboard-contests-data-access';
import { CONTEST_RULE_TEXTS } from '@prgauge/dashboard-contests-ui';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { CONTESTS_TEXTS } from './i18n/contests-texts';

/** Contests for the public, applicants, jurors and voters, under `/contests`; loaded on first visit. */
export const contestsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(CONTESTS_TEXTS), provideTranslations(CONTEST_RULE_TEXTS), ContestStore],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./list/contests-page').then((m) => m.ContestsPage),
      },
      {
        path: 'jury',
        canMatch: [mayEnter('contest.judge')],
        data: { purpose: 'jury' },
        loadComponent: () => import('./list/my-contests-page').then((m) => m.MyContestsPage),
      },
      {
        path: 'voting',
        canMatch: [mayEnter('contest.vote')],
        data: { purpose: 'voting' },
        loadComponent: () => import('./list/my-contests-page').then((m) => m.MyContestsPage),
      },
      {
        // The applicant's private link, without an account; before ':contestId' so that it is not read as one.
        path: 'application/:token',
        loadComponent: () => import('./applicant-link/applicant-link-page').then((m) => m.ApplicantLinkPage),
      },
      {
        path: ':contestId',
        loadComponent: () => import('./contest/contest-page').then((m) => m.ContestPage),
      },
      {
        path: ':contestId/apply',
        loadComponent: () => import('./apply/apply-page').then((m) => m.ApplyPage),
      },
      {
        path: ':contestId/register',
        loadComponent: () => import('./voting/register-voter-page').then((m) => m.RegisterVoterPage),
      },
      {
        path: ':contestId/vote',
        canMatch: [mayEnter('contest.vote')],
        loadComponent: () => import('./voting/vote-page').then((m) => m.VotePage),
      },
      {
        path: ':contestId/jury',
        canMatch: [mayEnter('contest.judge')],
        loadComponent: () => import('./jury/score-sheets-page').then((m) => m.ScoreSheetsPage),
      },
    ],
  },
];
