import { criteriaReviews, disagreementOf } from './criteria-review';

describe('juror disagreement', () => {
  it('flags a spread above the threshold and not one on it', () => {
    expect(disagreementOf([8, 5], 3)).toEqual({ spread: 3, disagreement: false });
    expect(disagreementOf([9, 5.5, 7], 3)).toEqual({ spread: 3.5, disagreement: true });
  });

  it('does not let float noise push a spread over the threshold', () => {
    expect(disagreementOf([0.1 + 0.2 + 3, 0.3], 3)).toEqual({ spread: 3, disagreement: false });
  });

  it('has no spread with fewer than two jurors', () => {
    expect(disagreementOf([7], 0)).toEqual({ spread: null, disagreement: false });
    expect(disagreementOf([], 0)).toEqual({ spread: null, disagreement: false });
  });
});

describe('the review of each application', () => {
  it('lists the jurors’ totals over the jury criteria only, and the measured criteria not verified', () => {
    const rules = {
      criteria: [
        { key: 'quality', weight: 1 },
        { key: 'subscribers', weight: 1, kind: 'measured' as const, normalisation: 'rank' as const },
      ],
      normaliseJurors: false,
      disagreementThreshold: 3,
    };
    const sheets = [
      { jurorId: 'j1', applicationId: 'a', scores: { quality: 9 } },
      { jurorId: 'j2', applicationId: 'a', scores: { quality: 4 } },
    ];
    const reviews = criteriaReviews(
      rules,
      ['a', 'b'],
      sheets,
      [{ applicationId: 'b', criterionKey: 'subscribers', verified: 10 }],
      new Map([['j1', 'Juror One']]),
    );
    expect(reviews.get('a')).toEqual({
      jurorTotals: [
        { jurorId: 'j1', name: 'Juror One', total: 9 },
        { jurorId: 'j2', name: '', total: 4 },
      ],
      spread: 5,
      disagreement: true,
      unverified: ['subscribers'],
    });
    expect(reviews.get('b')).toEqual({ jurorTotals: [], spread: null, disagreement: false, unverified: [] });
  });
});
