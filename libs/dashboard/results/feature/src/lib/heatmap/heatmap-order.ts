import type { RankingRow } from '@prgauge/contracts';

/** Sort key of the heatmap: the total, or one index's score. */
export type HeatmapSort = { by: 'total' } | { by: 'index'; key: string };

/** Best first; agencies without a score go last, in code order. */
export function heatmapOrder(rows: RankingRow[], sort: HeatmapSort): RankingRow[] {
  const score = (row: RankingRow) => (sort.by === 'total' ? row.total : (row.indices[sort.key] ?? null));
  return [...rows].sort((a, b) => {
    const x = score(a);
    const y = score(b);
    if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
    return y - x || a.code.localeCompare(b.code);
  });
}

/** A cell colour from red (0) through amber to green (100), readable with dark text at every step. */
export function heatColour(score: number | null): string {
  if (score === null) return '#f1f3f6';
  const hue = Math.round((Math.max(0, Math.min(100, score)) / 100) * 120);
  return `hsl(${hue} 70% 80%)`;
}
