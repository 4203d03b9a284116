import { newLeaf } from '../model/framework-tree';
import { measureWithType, sourceChange } from './leaf-settings';

describe('leaf settings', () => {
  it('keeps what still applies when the value type changes', () => {
    const number = {
      type: 'number' as const,
      direction: 'lower' as const,
      per: 'prStaff',
      normalize: { method: 'goalposts' as const, min: 0, max: 48 },
    };
    expect(measureWithType(number, 'percent')).toEqual({
      type: 'percent',
      direction: 'lower',
      normalize: { method: 'goalposts', min: 0, max: 48 },
    });
    expect(measureWithType(number, 'rating')).toEqual({ type: 'rating', direction: 'lower', max: 5 });
    expect(measureWithType({ type: 'rating', max: 10 }, 'boolean')).toEqual({ type: 'boolean' });
  });

  it('makes an evaluator-rated leaf a rating out of 5', () => {
    expect(sourceChange(newLeaf('a'), 'evaluator')).toMatchObject({
      source: 'evaluator',
      measure: { type: 'rating', max: 5 },
    });
  });

  it('gives a computed leaf a training rule over every topic, and drops the rule for any other source', () => {
    const computed = sourceChange(newLeaf('a'), 'computed');
    expect(computed.rule).toEqual({ training: {} });
    const narrowed = { ...computed, rule: { training: { topics: ['etiquette'] } } };
    expect(sourceChange(narrowed, 'computed').rule).toEqual({ training: { topics: ['etiquette'] } });
    expect('rule' in sourceChange(narrowed, 'agency')).toBe(false);
  });
});
