import fixture from '../fixtures/two-indices-zero.json';
import { scoreDocument } from './engine';
import type { AgencyResult, ScoringInput } from './types';

const excluded: ScoringInput = {
  ...fixture,
  framework: { ...fixture.framework, missing: 'exclude' },
} as ScoringInput;
const byAgency = (results: AgencyResult[]) => Object.fromEntries(results.map((r) => [r.agency, r]));

describe('missing values excluded', () => {
  const results = byAgency(scoreDocument(excluded).results);

  it('a2 lacks media.answerHours: media is its releases alone (100), web is 100, total 100', () => {
    expect(results['a2'].scores['media.answerHours']).toBeNull();
    expect(results['a2'].scores['media']).toBe(100);
    expect(results['a2'].total).toBeCloseTo(100, 12);
  });

  it('a1 lacks the whole web index: it drops out and media carries the total, 37.5', () => {
    expect(results['a1'].scores['web']).toBeNull();
    expect(results['a1'].contributions['web']).toBeNull();
    expect(results['a1'].total).toBeCloseTo(37.5, 12);
  });

  it('re-proportions contributions over present siblings: a1 answerHours = 100 × 1 × 1/2 × 75 / 100 = 37.5', () => {
    expect(results['a1'].contributions['media.answerHours']).toBeCloseTo(37.5, 12);
    expect(results['a1'].contributions['media.releases']).toBe(0);
  });

  it('an agency with nothing gets total null and no rank', () => {
    expect(results['a3']).toMatchObject({ total: null, rank: null, groupRank: null, coverage: 0 });
    expect(scoreDocument(excluded).results.at(-1)?.agency).toBe('a3');
  });
});
