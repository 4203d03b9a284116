import { ROLES, type Role, type SessionUser } from '@prgauge/contracts';
import { activeNavPath, NAV_ITEMS, navItemsFor } from './nav-items';

const user = (role: Role): SessionUser => ({
  id: 'u',
  login: 'u',
  displayName: 'U',
  role,
  regionId: 'r',
  agencyId: 'a',
  locale: 'ru',
  passwordChangeRequired: false,
});

const menuOf = (person: SessionUser | null) => navItemsFor(person).map((item) => item.path);

const RESULTS = ['rankings', 'scorecards', 'heatmap'];

describe('navigation per role, from the permissions map', () => {
  it('shows each role exactly its entries', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, menuOf(user(role))]))).toEqual({
      admin: [
        ...RESULTS,
        'what-if',
        'submissions',
        'review',
        'completeness',
        'training',
        'contests',
        'contests/manage',
        'admin',
        'organisation',
        'audit',
        'admin/outbox',
        'about',
      ],
      director: [
        ...RESULTS,
        'what-if',
        'submissions',
        'review',
        'completeness',
        'training',
        'contests',
        'contests/manage',
        'admin',
        'organisation',
        'audit',
        'admin/outbox',
        'about',
      ],
      evaluator: [...RESULTS, 'what-if', 'review', 'completeness', 'training', 'contests', 'about'],
      agency_editor: [...RESULTS, 'submissions', 'contests', 'about'],
      viewer: [...RESULTS, 'review', 'completeness', 'training', 'contests', 'about'],
      committee_member: [...RESULTS, 'review', 'training', 'contests', 'about'],
      juror: [...RESULTS, 'contests/jury', 'contests', 'about'],
      journalist: [...RESULTS, 'contests/voting', 'contests', 'about'],
    });
  });

  it('shows a visitor who has not signed in the public areas only', () => {
    expect(menuOf(null)).toEqual([...RESULTS, 'contests', 'about']);
  });

  it('keeps score sheets and voting, work done on one’s own seat or ballot, out of a national admin’s menu', () => {
    const admin = menuOf(user('admin'));
    expect(admin).not.toContain('contests/jury');
    expect(admin).not.toContain('contests/voting');
  });
});

describe('activeNavPath', () => {
  it('marks the longest item a URL falls under', () => {
    expect(activeNavPath(NAV_ITEMS, '/contests/manage/abc/jury')).toBe('contests/manage');
    expect(activeNavPath(NAV_ITEMS, '/contests/abc?tab=results')).toBe('contests');
    expect(activeNavPath(NAV_ITEMS, '/training')).toBe('training');
  });

  it('marks nothing for a URL outside every item, or one that only shares a prefix', () => {
    expect(activeNavPath(NAV_ITEMS, '/sign-in')).toBeNull();
    expect(activeNavPath(NAV_ITEMS, '/rankingsx')).toBeNull();
  });
});
