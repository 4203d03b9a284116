import type { JurorTask, NominationView } from '@prgauge/contracts';
import {
  juryCriteria,
  juryProgress,
  scoreShares,
  sheetProblems,
  sheetScores,
  sheetValueOf,
  weightedTotal,
} from './score-sheet-model';

const nomination = {
  id: 'n1',
  commentRequired: true,
  criteria: [
    { key: 'quality', name: { en: 'Quality' }, weight: 2 },
    { key: 'rating', name: { en: 'Rating' }, weight: 1 },
  ],
} as NominationView;

const task = (nominationId: string, scores: Record<string, number> | null) =>
  ({ nominationId, scores, comment: null, version: null }) as JurorTask;

describe('score sheets', () => {
  it('asks for every criterion between 0 and 10 and for a required comment', () => {
    expect(sheetProblems({ scores: { quality: '11', rating: '' }, comment: ' ' }, nomination)).toEqual({
      quality: 'contests.jury.problem.score',
      rating: 'contests.jury.problem.score',
      comment: 'contests.jury.problem.comment',
    });
    expect(sheetProblems({ scores: { quality: '8,5', rating: '0' }, comment: 'Strong' }, nomination)).toEqual(
      {},
    );
  });

  it('reads a decimal comma and weighs the total: (2 × 9 + 1 × 6) / 3 = 8', () => {
    const value = { scores: { quality: '9', rating: '6' }, comment: '' };
    expect(sheetScores({ ...value, scores: { quality: '8,5', rating: '6' } }, nomination)).toEqual({
      quality: 8.5,
      rating: 6,
    });
    expect(weightedTotal(value, nomination)).toBe(8);
    expect(weightedTotal({ ...value, scores: { quality: '9' } }, nomination)).toBeNull();
  });

  it('shows a saved sheet as it was saved', () => {
    expect(sheetValueOf({ ...task('n1', { quality: 7 }), comment: 'Fine' })).toEqual({
      scores: { quality: '7' },
      comment: 'Fine',
    });
  });

  it('counts saved sheets per nomination', () => {
    expect(juryProgress([task('n1', { quality: 7 }), task('n1', null), task('n2', null)])).toEqual([
      { nominationId: 'n1', scored: 1, total: 2 },
      { nominationId: 'n2', scored: 0, total: 1 },
    ]);
  });

  it('asks jurors for the jury criteria only and shows every criterion’s share of the score', () => {
    const withSubscribers = {
      ...nomination,
      criteria: [
        { key: 'quality', name: { en: 'Quality' }, weight: 0.3 },
        { key: 'rating', name: { en: 'Rating' }, weight: 0.3 },
        { key: 'subscribers', name: { en: 'Subscribers' }, weight: 0.2, kind: 'measured' as const },
      ],
    } as NominationView;
    expect(juryCriteria(withSubscribers).map((c) => c.key)).toEqual(['quality', 'rating']);
    const value = { scores: { quality: '8', rating: '6' }, comment: 'x' };
    expect(sheetProblems(value, withSubscribers)).toEqual({});
    // The juror's total is over the jury criteria: (0.3 × 8 + 0.3 × 6) / 0.6 = 7.
    expect(weightedTotal(value, withSubscribers)).toBeCloseTo(7, 10);
    const shares = [...scoreShares(withSubscribers)].map(([key, share]) => [
      key,
      Math.round(share * 10) / 10,
    ]);
    expect(shares).toEqual([
      ['quality', 37.5],
      ['rating', 37.5],
      ['subscribers', 25],
    ]);
  });
});
