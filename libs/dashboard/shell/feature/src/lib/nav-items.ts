import type { TranslationKey } from '@prgauge/dashboard-i18n';

export interface NavItem {
  path: string;
  label: TranslationKey;
  icon: string;
}

/** The product's areas, in the order a director works through them. */
export const NAV_ITEMS: NavItem[] = [
  { path: '', label: 'nav.home', icon: 'home' },
  { path: 'rankings', label: 'nav.rankings', icon: 'leaderboard' },
  { path: 'scorecards', label: 'nav.scorecards', icon: 'insights' },
  { path: 'submissions', label: 'nav.submissions', icon: 'edit_document' },
  { path: 'review', label: 'nav.review', icon: 'fact_check' },
  { path: 'training', label: 'nav.training', icon: 'school' },
  { path: 'contests', label: 'nav.contests', icon: 'emoji_events' },
  { path: 'admin', label: 'nav.admin', icon: 'settings' },
];
