import { PeerDistribution, peerStats, valueFlags } from './value-flags';

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

/** The peers' statistics taken the plain way, two passes over the list. */
function twoPass(peers: number[]): { mean: number; sd: number } {
  const mean = peers.reduce((a, b) => a + b, 0) / peers.length;
  return { mean, sd: Math.sqrt(peers.reduce((a, b) => a + (b - mean) ** 2, 0) / peers.length) };
}

describe('PeerDistribution', () => {
  const values = [10, 11, 9, 10, 12, 100, 0.1, 0.1, 0.1];

  it('describes the peers of each value as the list without it does, whatever the list', () => {
    for (const list of [
      values,
      [5, 5, 5, 100],
      [0.1, 0.1, 0.1, 0.1, 0.1, 0.3],
      [3, 3],
      [7],
      [1e9, 1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4],
    ]) {
      const all = PeerDistribution.of(list);
      list.forEach((value, i) => {
        const peers = list.filter((_, j) => j !== i);
        if (peers.length === 0) return expect(all.stats(value).count).toBe(0);
        const expected = { ...twoPass(peers), count: peers.length, max: Math.max(...peers) };
        const got = all.stats(value);
        expect(got.count).toBe(expected.count);
        expect(got.max).toBe(expected.max);
        expect(got.mean).toBeCloseTo(expected.mean, 9);
        expect(got.sd).toBeCloseTo(expected.sd, 9);
        for (const previous of [null, 0, value / 4])
          expect(valueFlags(value, previous, got)).toEqual(valueFlags(value, previous, peers));
      });
    }
  });

  it('gives equal peers a standard deviation of exactly 0 and their own value as the mean, so only a different value is outside', () => {
    const all = PeerDistribution.of([0.1, 0.1, 0.1, 0.1, 0.1, 0.3]);
    expect(all.stats(0.3)).toEqual({ count: 5, mean: 0.1, sd: 0, max: 0.1 });
    expect(valueFlags(0.3, null, all.stats(0.3))).toEqual(['outside-region-range']);
    expect(valueFlags(0.1, null, peerStats([0.1, 0.1, 0.1, 0.1]))).toEqual([]);
  });
});
