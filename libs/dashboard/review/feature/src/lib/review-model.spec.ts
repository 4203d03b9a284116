import { changePercent, commentsToSend } from './review-model';

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
});
