import { activeNavPath, NAV_ITEMS, navItemsFor } from './nav-items';

const paths = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.path);

describe('navigation per role', () => {
  it('gives a director every area', () => {
    expect(paths('director')).toEqual([
      'rankings',
      'scorecards',
      'heatmap',
      'what-if',
      'submissions',
      'review',
      'completeness',
      'training',
      'contests',
      'contests/manage',
      'admin',
      'audit',
      'about',
    ]);
  });

  it('gives an agency editor their submission but no review queue, training or administration', () => {
    expect(paths('agency_editor')).toEqual([
      'rankings',
      'scorecards',
      'heatmap',
      'submissions',
      'contests',
      'about',
    ]);
  });

  it('gives an evaluator the review queue but no data entry', () => {
    expect(paths('evaluator')).toEqual([
      'rankings',
      'scorecards',
      'heatmap',
      'what-if',
      'review',
      'completeness',
      'training',
      'contests',
      'about',
    ]);
  });

  it('puts a juror’s score sheets and a journalist’s voting before the contests', () => {
    expect(paths('juror')).toEqual([
      'rankings',
      'scorecards',
      'heatmap',
      'contests/jury',
      'contests',
      'about',
    ]);
    expect(paths('journalist')).toEqual([
      'rankings',
      'scorecards',
      'heatmap',
      'contests/voting',
      'contests',
      'about',
    ]);
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
