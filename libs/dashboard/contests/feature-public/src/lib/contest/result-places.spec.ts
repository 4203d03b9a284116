import type { NominationResult, NominationView, ResultRow } from '@prgauge/contracts';
import { nominationTable, sharedBy } from './result-places';

const row = (rank: number, winner: boolean, votes = 0): ResultRow => ({
  applicationId: `a${rank}-${votes}`,
  candidateName: 'X',
  candidateOrganisation: 'Y',
  projectTitle: 'Z',
  juryScore: null,
  votes,
  score: votes,
  rank,
  winner,
  multipleWinner: false,
});
const result = (
  mode: NominationView['scoringMode'],
  places: number,
  rows: ResultRow[],
): NominationResult => ({
  nomination: { scoringMode: mode, places } as NominationView,
  applications: rows.length,
  rows,
});

describe('a nomination results table', () => {
  it('counts who shares a place: 2 candidates with votes, then 23 sharing place 3', () => {
    const rows = [row(1, true, 5), row(2, false, 3), ...Array.from({ length: 23 }, () => row(3, false))];
    const table = nominationTable(result('vote', 1, rows));
    expect([sharedBy(table, rows[0]), sharedBy(table, rows[2])]).toEqual([1, 23]);
    expect([table.showVotes, table.showJury, table.showScore]).toEqual([true, false, false]);
    expect(table.extraWinners).toBeNull();
  });

  it('says when a shared last winning place gives more winners than places: 3 winners for 2 places', () => {
    const table = nominationTable(
      result('jury', 2, [row(1, true), row(2, true), row(2, true), row(4, false)]),
    );
    expect(table.extraWinners).toEqual({ winners: 3, places: 2 });
    expect([table.showVotes, table.showJury]).toEqual([false, true]);
  });
});
