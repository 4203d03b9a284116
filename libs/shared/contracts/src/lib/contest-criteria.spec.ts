import { criterionKind, criterionShares, weightsAddUp } from './contest-criteria';

const weights = (...ws: number[]) => ws.map((weight) => ({ weight }));

describe('criterion shares', () => {
  it('rescales 0.3 / 0.3 / 0.2 to the 37.5 % / 37.5 % / 25 % really used', () => {
    const shares = criterionShares(weights(0.3, 0.3, 0.2));
    [0.375, 0.375, 0.25].forEach((share, i) => expect(shares[i]).toBeCloseTo(share, 12));
    expect(shares).toHaveLength(3);
  });

  it('keeps weights that add up to 1 or 100 as they are', () => {
    expect(criterionShares(weights(0.5, 0.25, 0.25))).toEqual([0.5, 0.25, 0.25]);
    expect(criterionShares(weights(60, 40))).toEqual([0.6, 0.4]);
  });

  it('gives no share without any weight', () => {
    expect(criterionShares([])).toEqual([]);
  });
});

describe('weights that add up', () => {
  it('accepts a sum of 1 or 100, float noise included', () => {
    expect(weightsAddUp(weights(0.1, 0.2, 0.7))).toBe(true);
    expect(weightsAddUp(weights(50, 30, 20))).toBe(true);
  });

  it('flags any other sum', () => {
    expect(weightsAddUp(weights(0.3, 0.3, 0.2))).toBe(false);
    expect(weightsAddUp(weights(2, 1, 1))).toBe(false);
  });
});

describe('criterion kind', () => {
  it('reads a criterion saved without a kind as a jury criterion', () => {
    expect(criterionKind({})).toBe('jury');
    expect(criterionKind({ kind: 'measured' })).toBe('measured');
  });
});
