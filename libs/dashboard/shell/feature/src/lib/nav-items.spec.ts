import { navItemsFor } from './nav-items';

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
      'admin',
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
