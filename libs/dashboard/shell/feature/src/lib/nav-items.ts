import type { Role } from '@prgauge/contracts';
import type { TranslationKey } from '@prgauge/dashboard-i18n';

export interface NavItem {
  path: string;
  label: TranslationKey;
  icon: string;
  /** Who sees the item; `public` includes visitors who have not signed in. */
  for: 'public' | Role[];
}

const STAFF: Role[] = ['admin', 'director', 'evaluator', 'viewer', 'committee_member'];

/** The product's areas, in the order a director works through them. */
export const NAV_ITEMS: NavItem[] = [
  { path: 'rankings', label: 'nav.rankings', icon: 'leaderboard', for: 'public' },
  { path: 'scorecards', label: 'nav.scorecards', icon: 'insights', for: 'public' },
  { path: 'heatmap', label: 'nav.heatmap', icon: 'grid_on', for: 'public' },
  { path: 'what-if', label: 'nav.whatIf', icon: 'tune', for: ['director', 'evaluator', 'admin'] },
  {
    path: 'submissions',
    label: 'nav.submissions',
    icon: 'edit_document',
    for: ['agency_editor', 'director', 'admin'],
  },
  {
    path: 'review',
    label: 'nav.review',
    icon: 'fact_check',
    for: ['evaluator', 'director', 'admin', 'committee_member'],
  },
  {
    path: 'completeness',
    label: 'nav.completeness',
    icon: 'donut_large',
    for: ['director', 'evaluator', 'viewer', 'admin'],
  },
  { path: 'training', label: 'nav.training', icon: 'school', for: STAFF },
  { path: 'contests/jury', label: 'nav.scoreSheets', icon: 'rate_review', for: ['juror'] },
  { path: 'contests/voting', label: 'nav.voting', icon: 'how_to_vote', for: ['journalist'] },
  { path: 'contests', label: 'nav.contests', icon: 'emoji_events', for: 'public' },
  {
    path: 'contests/manage',
    label: 'nav.contestsManage',
    icon: 'manage_accounts',
    for: ['director', 'admin'],
  },
  { path: 'admin', label: 'nav.admin', icon: 'settings', for: ['director', 'admin'] },
  { path: 'audit', label: 'nav.audit', icon: 'history', for: ['director', 'admin'] },
  { path: 'about', label: 'nav.about', icon: 'info', for: 'public' },
];

/** The items a person with this role (null: not signed in) may use. */
export function navItemsFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter((item) => item.for === 'public' || (role !== null && item.for.includes(role)));
}

/**
 * The item a URL belongs to: the longest path it falls under, so that `/contests/manage/…` marks
 * "contest management" alone rather than "contests" as well.
 */
export function activeNavPath(items: NavItem[], url: string): string | null {
  const path = url.split(/[?#]/)[0].replace(/^\/+/, '');
  const matches = items
    .map((item) => item.path)
    .filter((candidate) => path === candidate || path.startsWith(`${candidate}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
