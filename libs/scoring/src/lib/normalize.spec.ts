import { normalizeColumn } from './normalize';
import type { Measure } from './types';

const score = (values: number[], measure: Measure) =>
  Array.from(normalizeColumn(Float64Array.from(values), measure));

describe('leaf normalisation', () => {
  it('minmax, higher better: 10, 15, 20 → 0, 50, 100; missing stays missing', () => {
    expect(score([10, 15, 20, NaN], { type: 'number' })).toEqual([0, 50, 100, NaN]);
  });

  it('minmax, lower better: 10, 15, 20 → 100, 50, 0', () => {
    expect(score([10, 15, 20], { type: 'number', direction: 'lower' })).toEqual([100, 50, 0]);
  });

  it('minmax with every value equal gives each 100', () => {
    expect(score([7, 7, NaN], { type: 'number' })).toEqual([100, 100, NaN]);
  });

  it('percent defaults to goalposts 0..100 and clamps: −, 40, 120 → 40, 100', () => {
    expect(score([40, 120], { type: 'percent' })).toEqual([40, 100]);
  });

  it('goalposts 0..48, lower better: 12 h → 75, 60 h → 0', () => {
    expect(
      score([12, 60], {
        type: 'number',
        direction: 'lower',
        normalize: { method: 'goalposts', min: 0, max: 48 },
      }),
    ).toEqual([75, 0]);
  });

  it('rank with ties: 5, 7, 7, 9 → ranks 1, 2.5, 2.5, 4 → 0, 50, 50, 100', () => {
    expect(score([5, 7, 7, 9], { type: 'number', normalize: { method: 'rank' } })).toEqual([0, 50, 50, 100]);
  });

  it('rank, lower better: 5, 9 → 100, 0; a single value → 100', () => {
    expect(score([5, 9], { type: 'number', direction: 'lower', normalize: { method: 'rank' } })).toEqual([
      100, 0,
    ]);
    expect(score([3, NaN], { type: 'number', normalize: { method: 'rank' } })).toEqual([100, NaN]);
  });

  it('boolean: 1 → 100, 0 → 0, reversed when lower is better', () => {
    expect(score([1, 0], { type: 'boolean' })).toEqual([100, 0]);
    expect(score([1, 0], { type: 'boolean', direction: 'lower' })).toEqual([0, 100]);
  });

  it('rating: 4 of 5 → 80; lower better → 20', () => {
    expect(score([4], { type: 'rating', max: 5 })).toEqual([80]);
    expect(score([4], { type: 'rating', max: 5, direction: 'lower' })).toEqual([20]);
  });
});
