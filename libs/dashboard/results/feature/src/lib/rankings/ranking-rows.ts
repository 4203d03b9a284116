import type { LocalizedText, RankingRow } from '@prgauge/contracts';
import { searchMatches } from '@prgauge/text';

/** Legend bands for index scores 0..100, so a column of cells reads at a glance. */
export const BANDS = [
  { band: 'excellent', from: 80 },
  { band: 'good', from: 60 },
  { band: 'fair', from: 40 },
  { band: 'weak', from: 0 },
] as const;
export type Band = (typeof BANDS)[number]['band'] | 'none';

export function bandOf(score: number | null | undefined): Band {
  if (score === null || score === undefined) return 'none';
  return BANDS.find((b) => score >= b.from)?.band ?? 'weak';
}

export interface RowFilter {
  group: string | null;
  search: string;
  /** Picks the agency name in the active language. */
  name: (text: LocalizedText) => string;
}

/**
 * Rows of one peer group whose code or name in any language contains the search text, in ranking order. Text is
 * matched by the shared search key, so "شهرداري" finds "شهرداری" and "Алена" finds "Алёна".
 */
export function filterRows(rows: RankingRow[], filter: RowFilter): RankingRow[] {
  return rows.filter(
    (row) =>
      (filter.group === null || row.peerGroup === filter.group) &&
      searchMatches(filter.search, [row.code, filter.name(row.name), ...Object.values(row.name)]),
  );
}

/**
 * What an agency editor sees first: the top five, then their own agency with the three above and below it.
 * `gapBefore` marks the first row after a jump, so the table can show that rows were left out.
 */
export function nearMine(rows: RankingRow[], agencyId: string): { row: RankingRow; gapBefore: boolean }[] {
  const mine = rows.findIndex((row) => row.agencyId === agencyId);
  const keep = new Set<number>();
  for (let i = 0; i < Math.min(5, rows.length); i += 1) keep.add(i);
  if (mine >= 0)
    for (let i = Math.max(0, mine - 3); i <= Math.min(rows.length - 1, mine + 3); i += 1) keep.add(i);
  const indexes = [...keep].sort((a, b) => a - b);
  return indexes.map((i, k) => ({ row: rows[i], gapBefore: k > 0 && indexes[k - 1] !== i - 1 }));
}

/** Movement since the last cycle as an arrow and a number: ▲ up, ▼ down, = unchanged, nothing when new. */
export function movementOf(movement: number | null): { arrow: '▲' | '▼' | '=' | ''; places: number } {
  if (movement === null) return { arrow: '', places: 0 };
  if (movement > 0) return { arrow: '▲', places: movement };
  if (movement < 0) return { arrow: '▼', places: -movement };
  return { arrow: '=', places: 0 };
}
