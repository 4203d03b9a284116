import type { ScorecardIndex } from '@prgauge/contracts';
import { strengthsAndWeaknesses } from './scorecard-strengths';

/** An index of a scorecard: its score, the best agency's score, and the points of the total lost to that agency. */
function anIndex(key: string, score: number | null, best: number | null, pointsLost = 0): ScorecardIndex {
  return { key, name: key, score, contribution: score, regionAverage: best, best, pointsLost };
}

const keysOf = (result: ReturnType<typeof strengthsAndWeaknesses>) => ({
  strengths: result.strengths.map((i) => i.key),
  weaknesses: result.weaknesses.map((w) => [w.index.key, w.against, w.points]),
});

describe('the strengths and weaknesses of a scorecard', () => {
  it('judges the best agency, which loses no points to anyone, against the goalpost where it leads a weak field', () => {
    const best = [anIndex('media', 90, 90), anIndex('web', 60, 60), anIndex('events', 30, 30)];
    expect(keysOf(strengthsAndWeaknesses(best, 5))).toEqual({
      strengths: ['media', 'web'],
      weaknesses: [['events', 'goalpost', 70]],
    });
  });

  it('lists at most three strengths, and shows the best agency where its other high scores still fall short', () => {
    const best = [90, 100, 80, 95.8, 88.9, 100].map((score, i) => anIndex(`i${i}`, score, score));
    expect(keysOf(strengthsAndWeaknesses(best, 40))).toEqual({
      strengths: ['i1', 'i5', 'i3'],
      weaknesses: [
        ['i2', 'goalpost', 20],
        ['i4', 'goalpost', expect.closeTo(11.1, 5)],
        ['i0', 'goalpost', 10],
      ],
    });
  });

  it('judges the only agency against the goalposts, whatever "best" says, since it is the best', () => {
    const only = [anIndex('media', 80, 80), anIndex('web', 60, 60), anIndex('events', 20, 20)];
    expect(keysOf(strengthsAndWeaknesses(only, 1))).toEqual({
      strengths: ['media'],
      weaknesses: [
        ['events', 'goalpost', 80],
        ['web', 'goalpost', 40],
      ],
    });
  });

  it('counts tied and nearly tied leaders as at the top, and lists gaps to the best agency first, largest first', () => {
    const indices = [
      anIndex('media', 60, 60),
      anIndex('web', 59.6, 60, 0.2),
      anIndex('events', 40, 70, 9),
      anIndex('press', 50, 80, 12),
      anIndex('social', 45, 45),
    ];
    expect(keysOf(strengthsAndWeaknesses(indices, 3))).toEqual({
      strengths: ['media', 'web'],
      weaknesses: [
        ['press', 'best', 12],
        ['events', 'best', 9],
        ['social', 'goalpost', 55],
      ],
    });
  });

  it('keeps the framework order between equal scores and equal gaps, and leaves out indices without data', () => {
    const indices = [
      anIndex('a', 80, 95, 3),
      anIndex('b', 80, 95, 3),
      anIndex('c', 40, 90, 5),
      anIndex('d', 40, 90, 5),
      anIndex('e', null, 90, 9),
    ];
    expect(keysOf(strengthsAndWeaknesses(indices, 4))).toEqual({
      strengths: ['a', 'b'],
      weaknesses: [
        ['c', 'best', 5],
        ['d', 'best', 5],
      ],
    });
  });

  it('lists no strength where every score is low, and no weakness where every score reaches the goalpost', () => {
    expect(keysOf(strengthsAndWeaknesses([anIndex('a', 10, 40, 6)], 2))).toEqual({
      strengths: [],
      weaknesses: [['a', 'best', 6]],
    });
    expect(keysOf(strengthsAndWeaknesses([anIndex('a', 100, 100)], 1))).toEqual({
      strengths: ['a'],
      weaknesses: [],
    });
  });
});
