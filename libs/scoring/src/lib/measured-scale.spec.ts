import { scaleMeasured } from './measured-scale';

describe('measured values on the jurors 0..10 scale', () => {
  it('min-max: the lowest value is 0, the highest 10, the rest in proportion', () => {
    // Goalposts 1,000 and 9,000: 5,000 is half way.
    expect(scaleMeasured([1000, 9000, 5000], 'minmax')).toEqual([0, 10, 5]);
  });

  it('min-max: a missing value stays missing and does not move the goalposts', () => {
    expect(scaleMeasured([200, null, 600, 400], 'minmax')).toEqual([0, null, 10, 5]);
  });

  it('min-max: equal values all get the top of the scale', () => {
    expect(scaleMeasured([7, 7], 'minmax')).toEqual([10, 10]);
  });

  it('rank: mid-ranks spread evenly whatever the distances, ties share', () => {
    // Ranks from the worst: 3 → 1, 100 and 100 → 2.5 each, 1,000,000 → 4; score = 10 (r − 1) / 3.
    expect(scaleMeasured([100, 3, 1_000_000, 100], 'rank')).toEqual([5, 0, 10, 5]);
  });

  it('scales to another top when asked', () => {
    expect(scaleMeasured([0, 50], 'minmax', 100)).toEqual([0, 100]);
  });
});
