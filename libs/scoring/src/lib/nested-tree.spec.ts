import fixture from '../fixtures/nested-three-levels.json';
import { byAgency } from '../testing/builders';
import { scoreDocument } from './engine';
import type { ScoringInput } from './types';

/**
 * Three levels, scale 1000, missing values excluded. Leaf scores by hand:
 * releases per staff member h1 20/2 = 10, h2 20/4 = 5, e1 15/1 = 15 → minmax 50, 0, 100;
 * answerHours (goalposts 0..48, lower better) h1 12 → 75, h2 24 → 50, e1 none;
 * live h1 100, h2 0, e1 100; rating (of 5) h1 4 → 80, e1 5 → 100; answered (%) h1 50, e1 90.
 */
const excluded = fixture as ScoringInput;
const zeroed: ScoringInput = { ...excluded, framework: { ...excluded.framework, missing: 'zero' } };

describe('a three-level framework, missing values excluded', () => {
  const results = byAgency(scoreDocument(excluded).results);

  it('h1 press = (50 + 75)/2 = 62.5, media = (2 × 62.5 + 100)/3 = 75, web = (80 + 3 × 50)/4 = 57.5', () => {
    expect(results['h1'].scores).toEqual({
      media: 75,
      'media.press': 62.5,
      'media.press.releases': 50,
      'media.press.answerHours': 75,
      'media.live': 100,
      web: 57.5,
      'web.rating': 80,
      'web.answered': 50,
    });
  });

  it('h1 total = 1000 × (3 × 75 + 57.5)/4 / 100 = 706.25', () => {
    expect(results['h1'].total).toBeCloseTo(706.25, 10);
  });

  it('h1 contributions: media 1000 × 3/4 × 75% = 562.5, releases 1000 × 3/4 × 2/3 × 1/2 × 50% = 125, answered 1000 × 1/4 × 3/4 × 50% = 93.75', () => {
    const c = results['h1'].contributions;
    expect(c['media']).toBeCloseTo(562.5, 10);
    expect(c['media.press']).toBeCloseTo(312.5, 10);
    expect(c['media.press.releases']).toBeCloseTo(125, 10);
    expect(c['media.press.answerHours']).toBeCloseTo(187.5, 10);
    expect(c['media.live']).toBeCloseTo(250, 10);
    expect(c['web']).toBeCloseTo(143.75, 10);
    expect(c['web.rating']).toBeCloseTo(50, 10);
    expect(c['web.answered']).toBeCloseTo(93.75, 10);
  });

  it('e1 lacks answerHours: press is releases alone (100), total = 10 × (3 × 100 + (100 + 3 × 90)/4)/4 = 981.25', () => {
    expect(results['e1'].scores['media.press']).toBe(100);
    expect(results['e1'].scores['media.press.answerHours']).toBeNull();
    expect(results['e1'].contributions['media.press.answerHours']).toBeNull();
    expect(results['e1'].contributions['media.press.releases']).toBeCloseTo(500, 10);
    expect(results['e1'].total).toBeCloseTo(981.25, 10);
  });

  it('h2 has no web values: web is missing and media (2 × 25 + 0)/3 = 16.67 carries the whole total, 166.67', () => {
    expect(results['h2'].scores['web']).toBeNull();
    expect(results['h2'].contributions['web']).toBeNull();
    expect(results['h2'].contributions['media']).toBeCloseTo(500 / 3, 10);
    expect(results['h2'].total).toBeCloseTo(500 / 3, 10);
  });

  it('coverage over the full weights: leaves hold 1/4, 1/4, 1/4, 1/16, 3/16; h2 and e1 each lack 1/4', () => {
    expect(results['h1'].coverage).toBeCloseTo(1, 12);
    expect(results['h2'].coverage).toBeCloseTo(0.75, 12);
    expect(results['e1'].coverage).toBeCloseTo(0.75, 12);
    expect(results['x'].coverage).toBe(0);
  });

  it('ranks e1 981.25, h1 706.25, h2 166.67; x has nothing, so total, ranks and every score are null', () => {
    expect(scoreDocument(excluded).results.map((r) => [r.agency, r.rank, r.groupRank])).toEqual([
      ['e1', 1, 1],
      ['h1', 2, 1],
      ['h2', 3, 2],
      ['x', null, null],
    ]);
    expect(results['x'].total).toBeNull();
    expect(Object.values(results['x'].scores).every((s) => s === null)).toBe(true);
    expect(Object.values(results['x'].contributions).every((c) => c === null)).toBe(true);
  });
});

describe('the same document with missing values scored zero', () => {
  const results = byAgency(scoreDocument(zeroed).results);

  it('e1 answerHours scores 0 and keeps its weight: press (100 + 0)/2 = 50, media (2 × 50 + 100)/3 = 66.67, total 731.25', () => {
    expect(results['e1'].scores['media.press.answerHours']).toBe(0);
    expect(results['e1'].contributions['media.press.answerHours']).toBe(0);
    expect(results['e1'].scores['media']).toBeCloseTo(200 / 3, 10);
    expect(results['e1'].total).toBeCloseTo(731.25, 10);
  });

  it('h2 web = 0, total = 10 × (3 × 16.67 + 0)/4 = 125; x scores 0 everywhere and still ranks, last', () => {
    expect(results['h2'].total).toBeCloseTo(125, 10);
    expect(results['x']).toMatchObject({ total: 0, rank: 4, groupRank: null, coverage: 0 });
  });

  it('coverage still counts only the values given', () => {
    expect(results['e1'].coverage).toBeCloseTo(0.75, 12);
  });
});
