import type { TieBreak } from '@prgauge/contracts';
import { rankNomination, RankingEntry, RankingRules, SheetScores } from './contest-scoring';

/** One criterion of weight 1, so a sheet's total is its one score. */
const rules = (over: Partial<RankingRules>): RankingRules => ({
  criteria: [{ key: 'quality', weight: 1 }],
  scoringMode: 'vote',
  juryShare: 0,
  normaliseJurors: false,
  places: 1,
  tieBreaks: [],
  ...over,
});
const entry = (applicationId: string, votes: number, filedAt = 0): RankingEntry => ({
  applicationId,
  votes,
  filedAt,
});
const sheet = (applicationId: string, quality: number, jurorId = 'j'): SheetScores => ({
  jurorId,
  applicationId,
  scores: { quality },
});
/** Application id → place. */
const placesOf = (ranked: { applicationId: string; rank: number }[]) =>
  Object.fromEntries(ranked.map((r) => [r.applicationId, r.rank]));
const winnersOf = (ranked: { applicationId: string; winner: boolean }[]) =>
  ranked.filter((r) => r.winner).map((r) => r.applicationId);

describe('places and ties', () => {
  it('shares a tied place by default and skips the places it covers: votes 5, 3, 3, 1 → 1, 2, 2, 4', () => {
    const ranked = rankNomination(
      rules({}),
      [entry('a', 5), entry('b', 3), entry('c', 3), entry('d', 1)],
      [],
    );
    expect(placesOf(ranked)).toEqual({ a: 1, b: 2, c: 2, d: 4 });
  });

  describe('the seed: 25 candidates, 2 with votes (5 and 3), 23 without', () => {
    const entries = [
      entry('with-5', 5, 100),
      entry('with-3', 3, 200),
      ...Array.from({ length: 23 }, (_, i) => entry(`none-${String(i).padStart(2, '0')}`, 0, i)),
    ];
    const chains: TieBreak[][] = [
      [],
      ['earlier_application'],
      ['jury_score', 'votes', 'earlier_application'],
    ];

    it.each(chains)('places the 23 without votes all at 3, never 3..25 (chain: %p)', (...chain) => {
      const ranked = rankNomination(rules({ tieBreaks: chain, places: 3 }), entries, []);
      expect(placesOf(ranked)['with-5']).toBe(1);
      expect(placesOf(ranked)['with-3']).toBe(2);
      expect(new Set(ranked.filter((r) => r.votes === 0).map((r) => r.rank))).toEqual(new Set([3]));
      expect(ranked.filter((r) => r.rank === 3)).toHaveLength(23);
    });

    it('gives no win to a candidate without votes, although the shared place 3 is within 3 places', () => {
      const ranked = rankNomination(rules({ places: 3 }), entries, []);
      expect(winnersOf(ranked)).toEqual(['with-5', 'with-3']);
    });
  });

  it('with jury before votes, breaks a vote tie by the jury score; no score sheet counts below any score', () => {
    const ranked = rankNomination(
      rules({ tieBreaks: ['jury_score'] }),
      [entry('a', 5), entry('b', 5), entry('c', 5), entry('d', 2)],
      [sheet('a', 6), sheet('b', 8)],
    );
    expect(placesOf(ranked)).toEqual({ b: 1, a: 2, c: 3, d: 4 });
  });

  // Combined, jury share 0.5: a has jury 10 of best 10 and 0 of 10 votes, b jury 0 and 10 of 10 votes:
  // 0.5 × 100 + 0.5 × 0 = 50 and 0.5 × 0 + 0.5 × 100 = 50, a tie.
  const combinedTie = (tieBreaks: TieBreak[]) =>
    placesOf(
      rankNomination(
        rules({ scoringMode: 'combined', juryShare: 0.5, tieBreaks }),
        [entry('a', 0), entry('b', 10)],
        [sheet('a', 10), sheet('b', 0)],
      ),
    );

  it('combined 50 and 50: jury before vote puts the jury favourite first', () => {
    expect(combinedTie(['jury_score', 'votes'])).toEqual({ a: 1, b: 2 });
  });

  it('combined 50 and 50: vote before jury puts the vote favourite first', () => {
    expect(combinedTie(['votes', 'jury_score'])).toEqual({ b: 1, a: 2 });
  });

  it('combined 50 and 50 with the shared rule: both are first, and both win the one place', () => {
    const ranked = rankNomination(
      rules({ scoringMode: 'combined', juryShare: 0.5 }),
      [entry('a', 0), entry('b', 10)],
      [sheet('a', 10), sheet('b', 0)],
    );
    expect(placesOf(ranked)).toEqual({ a: 1, b: 1 });
    expect(winnersOf(ranked).sort()).toEqual(['a', 'b']);
  });

  it('treats scores equal to 1e-9 as tied: jury means (0.1 + 0.2) / 2 and 0.15 share the place', () => {
    // In doubles (0.1 + 0.2) / 2 is 0.15000000000000002, not 0.15.
    const ranked = rankNomination(
      rules({ scoringMode: 'jury', juryShare: 1 }),
      [entry('a', 0), entry('b', 0)],
      [sheet('a', 0.1, 'x'), sheet('a', 0.2, 'y'), sheet('b', 0.15, 'x')],
    );
    expect(placesOf(ranked)).toEqual({ a: 1, b: 1 });
  });

  it('orders by the earlier application only where the organiser chains it, after the other steps', () => {
    const entries = [entry('late', 4, 30), entry('early', 4, 10), entry('top', 9, 50)];
    expect(placesOf(rankNomination(rules({ tieBreaks: ['earlier_application'] }), entries, []))).toEqual({
      top: 1,
      early: 2,
      late: 3,
    });
    expect(placesOf(rankNomination(rules({}), entries, []))).toEqual({ top: 1, early: 2, late: 2 });
  });

  it('shares what is still tied after the whole chain: equal votes and no jury score', () => {
    const ranked = rankNomination(
      rules({ tieBreaks: ['jury_score', 'votes'] }),
      [entry('a', 3), entry('b', 3), entry('c', 1)],
      [],
    );
    expect(placesOf(ranked)).toEqual({ a: 1, b: 1, c: 3 });
  });

  it('gives more winners than places when the last winning place is shared: 2 places, votes 9, 5, 5, 1', () => {
    const ranked = rankNomination(
      rules({ places: 2 }),
      [entry('a', 9), entry('b', 5), entry('c', 5), entry('d', 1)],
      [],
    );
    expect(winnersOf(ranked).sort()).toEqual(['a', 'b', 'c']);
  });

  it('jury mode: a score of 0 is still a score; candidates without sheets share the place after it', () => {
    const ranked = rankNomination(
      rules({ scoringMode: 'jury', juryShare: 1, places: 3, tieBreaks: ['earlier_application'] }),
      [entry('scored', 0, 9), entry('zero', 0, 8), entry('unseen-1', 0, 1), entry('unseen-2', 0, 2)],
      [sheet('scored', 7), sheet('zero', 0)],
    );
    expect(placesOf(ranked)).toEqual({ scored: 1, zero: 2, 'unseen-1': 3, 'unseen-2': 3 });
    expect(winnersOf(ranked)).toEqual(['scored']);
  });

  it('combined mode: only candidates with neither votes nor a jury score share the last place', () => {
    const ranked = rankNomination(
      rules({ scoringMode: 'combined', juryShare: 0.5, tieBreaks: ['earlier_application'] }),
      [
        entry('votes-only', 2, 3),
        entry('jury-only', 0, 2),
        entry('neither-1', 0, 1),
        entry('neither-2', 0, 0),
      ],
      [sheet('jury-only', 4)],
    );
    // 0.5 × 0 + 0.5 × 100 = 50 against 0.5 × 100 + 0.5 × 0 = 50: tied, so filing decides (jury-only filed first).
    expect(placesOf(ranked)).toEqual({ 'jury-only': 1, 'votes-only': 2, 'neither-1': 3, 'neither-2': 3 });
  });
});
