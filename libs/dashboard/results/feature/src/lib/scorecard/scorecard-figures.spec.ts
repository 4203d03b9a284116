import { rankRangeEnds } from './scorecard-figures';

describe('rankRangeEnds', () => {
  it('gives one place when the likely range is a single place, rather than "1–1"', () => {
    expect(rankRangeEnds([1, 1])).toEqual([1]);
  });

  it('gives both ends of a wider range', () => {
    expect(rankRangeEnds([2, 5])).toEqual([2, 5]);
  });
});
