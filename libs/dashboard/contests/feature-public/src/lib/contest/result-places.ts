import type { NominationResult, ResultRow } from '@prgauge/contracts';

/** What a nomination's results table shows beside the names: which scores, shared places, extra winners. */
export interface NominationTable {
  /** Votes are shown where the public voted (vote or combined), the jury total where a jury scored. */
  showVotes: boolean;
  showJury: boolean;
  /** The combined score (0–100), shown only when the nomination mixes the two. */
  showScore: boolean;
  /** How many candidates hold each place; a place held by more than one is shared. */
  holders: Map<number, number>;
  /** Set when a shared last winning place gives more winners than the nomination's places. */
  extraWinners: { winners: number; places: number } | null;
}

/** A nomination's table as the rules made it (standard competition ranking, shared last winning place). */
export function nominationTable(n: NominationResult): NominationTable {
  const mode = n.nomination.scoringMode;
  const holders = new Map<number, number>();
  for (const r of n.rows) holders.set(r.rank, (holders.get(r.rank) ?? 0) + 1);
  const winners = n.rows.filter((r) => r.winner).length;
  return {
    showVotes: mode !== 'jury',
    showJury: mode !== 'vote',
    showScore: mode === 'combined',
    holders,
    extraWinners: winners > n.nomination.places ? { winners, places: n.nomination.places } : null,
  };
}

/** How many share the row's place: 1 when it is the row's alone. */
export const sharedBy = (table: NominationTable, row: ResultRow) => table.holders.get(row.rank) ?? 1;
