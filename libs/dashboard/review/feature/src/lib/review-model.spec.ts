import { changePercent, commentsToSend, parseRating, refusedIndicators } from './review-model';

describe('review model', () => {
  it('computes change against last cycle: 12 after 10 is +20 %, 0 after 0 is 0, anything after 0 is unknown', () => {
    expect(changePercent(12, 10)).toBeCloseTo(20, 10);
    expect(changePercent(5, 10)).toBeCloseTo(-50, 10);
    expect(changePercent(0, 0)).toBe(0);
    expect(changePercent(3, 0)).toBeNull();
    expect(changePercent(null, 4)).toBeNull();
  });

  it('gives a yes/no value no percentage change: 0 after 1 is not "-100 %"', () => {
    expect(changePercent(0, 1, 'boolean')).toBeNull();
    expect(changePercent(1, 0, 'boolean')).toBeNull();
    expect(changePercent(40, 50, 'percent')).toBeCloseTo(-20, 10);
  });

  it('sends only comments with text, trimmed, the general one last', () => {
    expect(
      commentsToSend(
        new Map([
          ['media.releases', '  Attach the list of releases '],
          ['web.answered', '   '],
        ]),
        'Please check the figures.',
      ),
    ).toEqual([
      { indicator: 'media.releases', body: 'Attach the list of releases' },
      { body: 'Please check the figures.' },
    ]);
  });

  it('reads a typed rating: empty clears, comma and Persian digits count, above the maximum is refused', () => {
    expect(parseRating('', 5)).toEqual({ value: null });
    expect(parseRating(' 4,5 ', 5)).toEqual({ value: 4.5 });
    expect(parseRating('۳', 5)).toEqual({ value: 3 });
    expect(parseRating('6', 5)).toEqual({ problem: 'outOfRange' });
    expect(parseRating('-1', 5)).toEqual({ problem: 'notANumber' });
    expect(parseRating('four', 5)).toEqual({ problem: 'notANumber' });
  });

  it('finds the indicators a refusal names, once each, ignoring other fields', () => {
    const details = [{ field: 'media.quality' }, { field: 'version' }, { field: 'media.quality' }];
    expect(refusedIndicators(details, new Set(['media.quality', 'web.answered']))).toEqual(['media.quality']);
  });
});
