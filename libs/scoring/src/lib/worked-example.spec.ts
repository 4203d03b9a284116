import fixture from '../fixtures/two-indices-zero.json';
import { scoreDocument } from './engine';
import type { AgencyResult } from './types';

const byAgency = (results: AgencyResult[]) => Object.fromEntries(results.map((r) => [r.agency, r]));

describe('worked example, missing values score zero', () => {
  const results = byAgency(scoreDocument(fixture).results);

  it('a1: releases 10 is the minimum → 0; 12 h on goalposts 0..48, lower better → 75; media (0+75)/2 = 37.5', () => {
    expect(results['a1'].scores).toEqual({
      media: 37.5,
      'media.releases': 0,
      'media.answerHours': 75,
      web: 0,
      'web.site': 0,
    });
  });

  it('a1 total = 100 × (2 × 37.5 + 1 × 0) / 3 / 100 = 25, its leaves contribute 0 + 25 + 0', () => {
    expect(results['a1'].total).toBeCloseTo(25, 12);
    expect(results['a1'].contributions['media.answerHours']).toBeCloseTo(25, 12);
    expect(results['a1'].contributions['web.site']).toBe(0);
  });

  it('a2 total = 100 × (2 × 50 + 1 × 100) / 3 / 100 = 66.67 and ranks first', () => {
    expect(results['a2'].total).toBeCloseTo(200 / 3, 12);
    expect(results['a2'].rank).toBe(1);
    expect(results['a2'].groupRank).toBe(1);
  });

  it('coverage counts weight shares with a value: a1 has releases and answer, 2/3 × (1/2 + 1/2) = 2/3', () => {
    expect(results['a1'].coverage).toBeCloseTo(2 / 3, 12);
    expect(results['a3'].coverage).toBe(0);
  });

  it('a3 has no value at all: under "zero" it still gets total 0, rank 3 and no group rank', () => {
    expect(results['a3']).toMatchObject({ total: 0, rank: 3, groupRank: null });
  });

  it('sorts results by rank, then agency id', () => {
    expect(scoreDocument(fixture).results.map((r) => r.agency)).toEqual(['a2', 'a1', 'a3']);
  });
});
