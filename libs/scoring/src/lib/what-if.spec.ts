import fixture from '../fixtures/nested-three-levels.json';
import { byAgency } from '../testing/builders';
import { prepareScoring, scoreDocument } from './engine';
import { ScoringInputError } from './scoring-input-error';
import type { ScoringInput } from './types';

const doc = fixture as ScoringInput;
const withWeight = (key: string, weight: number): ScoringInput => {
  const copy = structuredClone(doc);
  const visit = (nodes: ScoringInput['framework']['indicators']) =>
    nodes.forEach((node) => {
      if (node.key === key) node.weight = weight;
      if ('children' in node) visit(node.children);
    });
  visit(copy.framework.indicators);
  return copy;
};

describe('what-if on weights with a prepared scorer', () => {
  const prepared = prepareScoring(doc);

  it('lists agencies in input order and node keys in pre-order', () => {
    expect(prepared.agencyIds).toEqual(['h1', 'h2', 'e1', 'x']);
    expect(prepared.nodeKeys).toEqual([
      'media',
      'media.press',
      'media.press.releases',
      'media.press.answerHours',
      'media.live',
      'web',
      'web.rating',
      'web.answered',
    ]);
  });

  it('without overrides, equals scoring the document', () => {
    expect(prepared.score()).toEqual(scoreDocument(doc));
  });

  it('a top-level override: web 3 instead of 1 → h1 = 10 × (3 × 75 + 3 × 57.5)/6 = 662.5', () => {
    expect(byAgency(prepared.score({ web: 3 }).results)['h1'].total).toBeCloseTo(662.5, 10);
    expect(prepared.score({ web: 3 })).toEqual(scoreDocument(withWeight('web', 3)));
  });

  it('a sub-node override: media.live 2 instead of 1 → h1 media = (2 × 62.5 + 2 × 100)/4 = 81.25', () => {
    const h1 = byAgency(prepared.score({ 'media.live': 2 }).results)['h1'];
    expect(h1.scores['media']).toBeCloseTo(81.25, 10);
    expect(prepared.score({ 'media.live': 2 })).toEqual(scoreDocument(withWeight('media.live', 2)));
  });

  it('recompute gives the same numbers as flat arrays, by agency index and node column', () => {
    const flat = prepared.recompute({ 'web.answered': 1 });
    const full = byAgency(scoreDocument(withWeight('web.answered', 1)).results);
    const nodeCount = prepared.nodeKeys.length;
    prepared.agencyIds.forEach((id, a) => {
      const expected = full[id];
      expect(Number.isNaN(flat.totals[a]) ? null : flat.totals[a]).toBe(expected.total);
      expect(flat.ranks[a] || null).toBe(expected.rank);
      expect(flat.groupRanks[a] || null).toBe(expected.groupRank);
      expect(flat.coverage[a]).toBe(expected.coverage);
      prepared.nodeKeys.forEach((key, i) => {
        const score = flat.nodeScores[a * nodeCount + i];
        const contribution = flat.contributions[a * nodeCount + i];
        expect(Number.isNaN(score) ? null : score).toBe(expected.scores[key]);
        expect(Number.isNaN(contribution) ? null : contribution).toBe(expected.contributions[key]);
      });
    });
  });

  it('overrides do not stick: the next call starts from the framework weights again', () => {
    prepared.recompute({ web: 50 });
    expect(prepared.score()).toEqual(scoreDocument(doc));
  });

  it('refuses an unknown key or a weight that is not > 0, naming the key', () => {
    const errorOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(errorOf(() => prepared.recompute({ social: 2 }))).toMatchObject({
      path: 'weights.social',
      key: 'social',
      message: 'weights.social: unknown node key "social"',
    });
    const zero = errorOf(() => prepared.score({ 'web.rating': 0 }));
    expect(zero).toBeInstanceOf(ScoringInputError);
    expect((zero as ScoringInputError).message).toBe(
      'weights.web.rating: weight of "web.rating" must be a number > 0, got 0',
    );
  });
});
