import {
  combinedScore,
  juryScores,
  normaliseTotals,
  rankNomination,
  RankingRules,
  SheetScores,
  weightedTotal,
} from './contest-scoring';

const CRITERIA = [
  { key: 'quality', weight: 2 },
  { key: 'rating', weight: 1 },
  { key: 'subscribers', weight: 1 },
];
const sheet = (jurorId: string, applicationId: string, q: number, r: number, s: number): SheetScores => ({
  jurorId,
  applicationId,
  scores: { quality: q, rating: r, subscribers: s },
});
const rules = (over: Partial<RankingRules>): RankingRules => ({
  criteria: CRITERIA,
  scoringMode: 'jury',
  juryShare: 1,
  normaliseJurors: false,
  places: 1,
  tieBreaks: [],
  ...over,
});

// A mild juror scores applications 1 and 2 (totals 8.5 and 5.5), a harsh one 2 and 3 (4.5 and 1.5).
const MILD_AND_HARSH = [
  sheet('mild', 'app1', 9, 8, 8),
  sheet('mild', 'app2', 6, 5, 5),
  sheet('harsh', 'app2', 5, 4, 4),
  sheet('harsh', 'app3', 2, 1, 1),
];

describe('contest scoring', () => {
  it('weights quality 2 : rating 1 : subscribers 1, so 9, 8, 8 give (18 + 8 + 8) / 4 = 8.5', () => {
    expect(weightedTotal({ quality: 9, rating: 8, subscribers: 8 }, CRITERIA)).toBe(8.5);
  });

  it('counts a missing criterion as 0: quality 10 alone gives 20 / 4 = 5', () => {
    expect(weightedTotal({ quality: 10 }, CRITERIA)).toBe(5);
  });

  it('averages over jurors without normalisation: 8.5; (5.5 + 4.5) / 2 = 5; 1.5', () => {
    expect(Object.fromEntries(juryScores(MILD_AND_HARSH, CRITERIA, false))).toEqual({
      app1: 8.5,
      app2: 5,
      app3: 1.5,
    });
  });

  it('normalises a mild (8.5, 5.5) and a harsh juror (4.5, 1.5) to the pooled mean 5 ± sd 2.5: 7.5, 5, 2.5', () => {
    const scores = juryScores(MILD_AND_HARSH, CRITERIA, true);
    expect(scores.get('app1')).toBeCloseTo(7.5, 10);
    expect(scores.get('app2')).toBeCloseTo(5, 10);
    expect(scores.get('app3')).toBeCloseTo(2.5, 10);
  });

  it('gives a juror whose totals do not vary the pooled mean: (6, 6) beside (2, 8) become 5.5, 5.5', () => {
    const out = normaliseTotals([
      { jurorId: 'flat', applicationId: 'a', total: 6 },
      { jurorId: 'flat', applicationId: 'b', total: 6 },
      { jurorId: 'wide', applicationId: 'a', total: 2 },
      { jurorId: 'wide', applicationId: 'b', total: 8 },
    ]);
    expect(out.filter((t) => t.jurorId === 'flat').map((t) => t.total)).toEqual([5.5, 5.5]);
  });

  it('clamps a normalised total to 0..10', () => {
    const out = normaliseTotals([
      { jurorId: 'x', applicationId: 'a', total: 10 },
      { jurorId: 'x', applicationId: 'b', total: 0 },
      { jurorId: 'y', applicationId: 'a', total: 10 },
      { jurorId: 'y', applicationId: 'b', total: 9.9 },
      { jurorId: 'y', applicationId: 'c', total: 9.8 },
    ]);
    for (const t of out) expect(t.total).toBeGreaterThanOrEqual(0);
    for (const t of out) expect(t.total).toBeLessThanOrEqual(10);
  });

  it('mixes 70 % jury and 30 % votes: jury 8 of best 8 and 2 of best 8 votes give 70 + 7.5 = 77.5', () => {
    expect(combinedScore(8, 2, { jury: 8, votes: 8 }, 0.7)).toBe(77.5);
  });

  it('ranks combined mode: jury (8, 6) and votes (2, 8) give 77.5 and 82.5, so the second wins', () => {
    const ranked = rankNomination(
      rules({ scoringMode: 'combined', juryShare: 0.7 }),
      [
        { applicationId: 'a', filedAt: 1, votes: 2 },
        { applicationId: 'b', filedAt: 2, votes: 8 },
      ],
      [sheet('j', 'a', 8, 8, 8), sheet('j', 'b', 6, 6, 6)],
    );
    expect(ranked.map((r) => [r.applicationId, r.score, r.rank, r.winner])).toEqual([
      ['b', 82.5, 1, true],
      ['a', 77.5, 2, false],
    ]);
  });

  it('with the chain jury, earlier application: breaks a vote tie (5 and 5) by the jury score, then by filing', () => {
    const ranked = rankNomination(
      rules({ scoringMode: 'vote', places: 2, tieBreaks: ['jury_score', 'earlier_application'] }),
      [
        { applicationId: 'late', filedAt: 30, votes: 5 },
        { applicationId: 'early', filedAt: 10, votes: 5 },
        { applicationId: 'strong', filedAt: 20, votes: 5 },
        { applicationId: 'none', filedAt: 5, votes: 0 },
      ],
      [sheet('j', 'late', 4, 4, 4), sheet('j', 'early', 4, 4, 4), sheet('j', 'strong', 9, 9, 9)],
    );
    expect(ranked.map((r) => [r.applicationId, r.rank, r.winner])).toEqual([
      ['strong', 1, true],
      ['early', 2, true],
      ['late', 3, false],
      ['none', 4, false],
    ]);
  });

  it('never makes an application without score sheets a jury-mode winner', () => {
    const ranked = rankNomination(rules({ places: 3 }), [{ applicationId: 'a', filedAt: 1, votes: 0 }], []);
    expect(ranked).toEqual([
      { applicationId: 'a', juryScore: null, votes: 0, score: null, rank: 1, winner: false },
    ]);
  });
});
