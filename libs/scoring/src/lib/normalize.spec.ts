import cases from '../fixtures/leaf-normalisation.json';
import { defaultNormalization, normalizeColumn } from './normalize';
import type { Measure } from './types';

/** JSON has no NaN, so the fixture writes a missing value or score as null. */
const toColumn = (values: (number | null)[]) => Float64Array.from(values, (v) => v ?? NaN);
const fromColumn = (scores: Float64Array) => Array.from(scores, (s) => (Number.isNaN(s) ? null : s));

describe('leaf normalisation', () => {
  it.each(cases)('$name', ({ measure, values, scores }) => {
    expect(fromColumn(normalizeColumn(toColumn(values), measure as Measure))).toEqual(scores);
  });
});

describe('default normalisation of a measure', () => {
  it('minmax for numbers, goalposts 0..100 for percents, none for booleans and ratings', () => {
    expect(defaultNormalization({ type: 'number' })).toEqual({ method: 'minmax' });
    expect(defaultNormalization({ type: 'percent' })).toEqual({ method: 'goalposts', min: 0, max: 100 });
    expect(defaultNormalization({ type: 'boolean' })).toBeUndefined();
    expect(defaultNormalization({ type: 'rating', max: 5 })).toBeUndefined();
  });

  it('the method a measure names wins', () => {
    expect(defaultNormalization({ type: 'percent', normalize: { method: 'rank' } })).toEqual({
      method: 'rank',
    });
  });
});
