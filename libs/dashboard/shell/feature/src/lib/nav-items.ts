import type { SessionUser } from '@prgauge/contracts';
import type { TranslationKey } from '@prgauge/dashboard-shared-i18n';
import { type Action, can, canPersonally } from '@prgauge/permissions';

export interface NavItem {
  path: string;
  label: TranslationKey;
  icon: string;
  /** What a person must be allowed to do for the entry to show; the route's guard checks the same action. */
  action: Action;
  /** Work done in one's own name (a jury seat, a ballot), which a national admin's pass does not open. */
  personal?: true;
}

/** The product's areas, in the order a director works through them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: 'rankings', label: 'nav.rankings', icon: 'leaderboard', action: 'results.read' },
  { path: 'scorecards', label: 'nav.scorecards', icon: 'insights', action: 'results.read' },
  { path: 'heatmap', label: 'nav.heatmap', icon: 'grid_on', action: 'results.read' },
  { path: 'what-if', label: 'nav.whatIf', icon: 'tune', action: 'scoring.preview' },
  { path: 'submissions', label: 'nav.submissions', icon: 'edit_document', action: 'submission.submit' },
  { path: 'review', label: 'nav.review', icon: 'fact_check', action: 'submission.review_queue' },
  {
    path: 'completeness',
    label: 'nav.completeness',
    icon: 'donut_large',
    action: 'cycle.completeness.read',
  },
  { path: 'training', label: 'nav.training', icon: 'school', action: 'training.report.read' },
  {
    path: 'contests/jury',
    label: 'nav.scoreSheets',
    icon: 'rate_review',
    action: 'contest.judge',
    personal: true,
  },
  {
    path: 'contests/voting',
    label: 'nav.voting',
    icon: 'how_to_vote',
    action: 'contest.vote',
    personal: true,
  },
  { path: 'contests', label: 'nav.contests', icon: 'emoji_events', action: 'contest.public.read' },
  {
    path: 'contests/manage',
    label: 'nav.contestsManage',
    icon: 'manage_accounts',
    action: 'contest.create',
  },
  { path: 'admin', label: 'nav.admin', icon: 'settings', action: 'cycle.create' },
  { path: 'organisation', label: 'nav.organisation', icon: 'corporate_fare', action: 'agency.update' },
  { path: 'audit', label: 'nav.audit', icon: 'history', action: 'audit.search' },
  { path: 'admin/outbox', label: 'nav.outbox', icon: 'outbox', action: 'mail.outbox.read' },
  { path: 'about', label: 'nav.about', icon: 'info', action: 'health.read' },
];

/** The items this person (null: a visitor who has not signed in) may use, by the permissions map. */
export function navItemsFor(user: SessionUser | null): NavItem[] {
  return NAV_ITEMS.filter((item) =>
    item.personal ? canPersonally(user, item.action) : can(user, item.action),
  );
}

/**
 * The item a URL belongs to: the longest path it falls under, so that `/contests/manage/…` marks
 * "contest management" alone rather than "contests" as well.
 */
export function activeNavPath(items: readonly NavItem[], url: string): string | null {
  const path = url.split(/[?#]/)[0].replace(/^\/+/, '');
  const matches = items
    .map((item) => item.path)
    .filter((candidate) => path === candidate || path.startsWith(`${candidate}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
