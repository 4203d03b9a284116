import type { ContestView, NominationView } from '@prgauge/contracts';
import { withNomination, withoutNomination } from './contest-nominations';

const nomination = (id: string, places = 1): NominationView => ({
  id,
  contestId: 'c1',
  name: { en: id },
  places,
  criteria: [],
  scoringMode: 'vote',
  juryShare: 0,
  commentRequired: false,
  normaliseJurors: false,
  prizeAmount: null,
  prizeCurrency: null,
  tieBreaks: [],
  version: 1,
});

const contest = { id: 'c1', version: 3, nominations: [nomination('a'), nomination('b')] } as ContestView;

describe('a contest kept in step with nomination answers', () => {
  it('adds a new nomination last', () => {
    expect(withNomination(contest, nomination('c')).nominations.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('replaces a changed nomination where it stands, leaving the contest and its version as they were', () => {
    const changed = withNomination(contest, { ...nomination('a', 3), version: 2 });
    expect(changed.nominations.map((n) => [n.id, n.places, n.version])).toEqual([
      ['a', 3, 2],
      ['b', 1, 1],
    ]);
    expect([changed.id, changed.version]).toEqual(['c1', 3]);
    expect(contest.nominations[0].places).toBe(1);
  });

  it('drops a deleted nomination', () => {
    expect(withoutNomination(contest, 'a').nominations.map((n) => n.id)).toEqual(['b']);
  });
});
