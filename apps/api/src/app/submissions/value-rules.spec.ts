import type { StoredNode } from '../cycles/framework.types';
import { mayFill, toStoredValue, valueProblem } from './value-rules';

const leaf = (measure: StoredNode['measure'], source: StoredNode['source'] = 'agency'): StoredNode => ({
  key: 'x',
  name: 'x',
  weight: 1,
  measure,
  source,
  evidenceRequired: false,
});

describe('value rules', () => {
  it('accepts and refuses values by leaf type', () => {
    expect(valueProblem(leaf({ type: 'number' }), 12)).toBeNull();
    expect(valueProblem(leaf({ type: 'number' }), -1)).toBe('must not be negative');
    expect(valueProblem(leaf({ type: 'number' }), '12')).toBe('must be a number');
    expect(valueProblem(leaf({ type: 'percent' }), 101)).toBe('is a percentage and must not exceed 100');
    expect(valueProblem(leaf({ type: 'rating', max: 5 }), 6)).toBe('is a rating from 0 to 5');
    expect(valueProblem(leaf({ type: 'boolean' }), true)).toBeNull();
    expect(valueProblem(leaf({ type: 'boolean' }), 2)).toBe('must be yes or no (true/false)');
    expect(valueProblem(leaf({ type: 'number' }), null)).toBeNull();
  });

  it('stores yes/no as 1/0', () => {
    expect(toStoredValue(true)).toBe(1);
    expect(toStoredValue(false)).toBe(0);
    expect(toStoredValue(7.5)).toBe(7.5);
  });

  it('lets agencies fill their figures, evaluators the ratings, and nobody the computed leaves', () => {
    expect(mayFill('agency_editor', leaf({ type: 'number' }, 'agency'))).toBe(true);
    expect(mayFill('agency_editor', leaf({ type: 'rating', max: 5 }, 'evaluator'))).toBe(false);
    expect(mayFill('evaluator', leaf({ type: 'rating', max: 5 }, 'evaluator'))).toBe(true);
    expect(mayFill('evaluator', leaf({ type: 'number' }, 'agency'))).toBe(false);
    expect(mayFill('director', leaf({ type: 'number' }, 'computed'))).toBe(false);
    expect(mayFill('viewer', leaf({ type: 'number' }, 'agency'))).toBe(false);
  });
});
