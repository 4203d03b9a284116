import fixture from '../fixtures/nested-three-levels.json';
import { flattenFramework } from './framework-leaves';
import type { Framework } from './types';

describe('flattening a framework into its leaves', () => {
  const leaves = flattenFramework(fixture.framework as Framework);

  it('lists the leaves in order with their full path', () => {
    expect(leaves.map((l) => l.path)).toEqual([
      ['media', 'media.press', 'media.press.releases'],
      ['media', 'media.press', 'media.press.answerHours'],
      ['media', 'media.live'],
      ['web', 'web.rating'],
      ['web', 'web.answered'],
    ]);
  });

  it('gives each its share of the full weight: releases 3/4 × 2/3 × 1/2 = 1/4, answered 1/4 × 3/4 = 3/16', () => {
    expect(leaves.map((l) => l.share)).toEqual([0.25, 0.25, 0.25, 0.0625, 0.1875]);
    expect(leaves.reduce((sum, l) => sum + l.share, 0)).toBeCloseTo(1, 12);
  });

  it('passes each leaf through as given', () => {
    expect(leaves[3].leaf).toEqual({ key: 'web.rating', weight: 1, measure: { type: 'rating', max: 5 } });
  });
});
