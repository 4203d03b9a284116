import { valueFlags } from './value-flags';

describe('valueFlags', () => {
  it('flags a value more than 3× or under 1/3 of last cycle’s: 40 after 10, 3 after 10', () => {
    expect(valueFlags(40, 10, [])).toEqual(['far-from-previous']);
    expect(valueFlags(3, 10, [])).toEqual(['far-from-previous']);
    expect(valueFlags(25, 10, [])).toEqual([]);
  });

  it('flags an outlier among the region: 100 against 10, 11, 9, 10, 12 has |z| far above 2.5', () => {
    expect(valueFlags(100, null, [10, 11, 9, 10, 12])).toEqual(['outside-region-range']);
    expect(valueFlags(12, null, [10, 11, 9, 10, 12])).toEqual([]);
  });

  it('needs at least four peers to judge the range, and nothing to flag an empty value', () => {
    expect(valueFlags(100, null, [10, 11, 9])).toEqual([]);
    expect(valueFlags(null, 10, [1, 2, 3, 4])).toEqual([]);
  });

  it('never calls a yes/no answer far from last cycle: no after yes is no ratio', () => {
    expect(valueFlags(0, 1, [], 'boolean')).toEqual([]);
    expect(valueFlags(1, 0, [0, 0, 0], 'boolean')).toEqual([]);
    expect(valueFlags(0, 1, [])).toEqual(['far-from-previous']);
  });
});
