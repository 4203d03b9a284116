import type { FrameworkDocumentLeaf } from '@prgauge/contracts';
import { mayFill, toStoredValue, valueProblem } from './value-rules';

const leaf = (
  measure: FrameworkDocumentLeaf['measure'],
  source: FrameworkDocumentLeaf['source'] = 'agency',
): FrameworkDocumentLeaf => ({
  key: 'x',
  name: 'x',
  weight: 1,
  measure,
  source,
  evidenceRequired: false,
});

describe('value rules', () => {
  it('accepts and refuses values by leaf type', () => {
    const problem = (measure: FrameworkDocumentLeaf['measure'], value: unknown) =>
      valueProblem(leaf(measure), value)?.text;
    expect(problem({ type: 'number' }, 12)).toBeUndefined();
    expect(problem({ type: 'number' }, -1)).toBe('must not be negative');
    expect(problem({ type: 'number' }, '12')).toBe('must be a number');
    expect(problem({ type: 'percent' }, 101)).toBe('is a percentage and must not exceed 100');
    expect(problem({ type: 'rating', max: 5 }, 6)).toBe('is a rating from 0 to 5');
    expect(problem({ type: 'boolean' }, true)).toBeUndefined();
    expect(problem({ type: 'boolean' }, 2)).toBe('must be yes or no (true/false)');
    expect(problem({ type: 'number' }, null)).toBeUndefined();
  });

  it('bounds numbers at 10^12, so that 1e300 is refused as too large', () => {
    expect(valueProblem(leaf({ type: 'number' }), 1e12)).toBeNull();
    expect(valueProblem(leaf({ type: 'number' }), 1e300)).toEqual({
      code: 'field.too_large',
      params: { max: 1e12 },
      text: 'must not exceed 1000000000000',
    });
    expect(valueProblem(leaf({ type: 'number' }), -1)?.code).toBe('field.too_small');
  });

  it('names the limit a value broke, so a client can say it', () => {
    const params = (measure: FrameworkDocumentLeaf['measure'], value: unknown) =>
      valueProblem(leaf(measure), value)?.params;
    expect(params({ type: 'number' }, -1)).toEqual({ min: 0 });
    expect(params({ type: 'percent' }, 101)).toEqual({ max: 100 });
    expect(params({ type: 'rating', max: 5 }, 6)).toEqual({ max: 5 });
    expect(params({ type: 'number' }, '12')).toEqual({ expected: 'number' });
    expect(params({ type: 'boolean' }, 2)).toEqual({ expected: 'boolean' });
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
