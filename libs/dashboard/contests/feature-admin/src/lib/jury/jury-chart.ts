import type { JuryProgressRow } from '@prgauge/contracts';
import { barChart, type ChartTexts } from '@prgauge/dashboard-shared-charts';
import type { ChartConfiguration } from 'chart.js';

export interface ProgressNames {
  scored: string;
  remaining: string;
  excluded: string;
  /** How a row is labelled: the juror, and the nomination when there are several. */
  label: (row: JuryProgressRow) => string;
}

/** Sheets each juror has given, still owes, and is kept from by a conflict, one group of bars per seat. */
export function juryProgressChart(
  rows: JuryProgressRow[],
  names: ProgressNames,
  texts: ChartTexts,
): ChartConfiguration {
  return barChart(
    rows.map(names.label),
    [
      { label: names.scored, values: rows.map((r) => r.scored) },
      { label: names.remaining, values: rows.map((r) => r.assigned - r.scored) },
      { label: names.excluded, values: rows.map((r) => r.excluded) },
    ],
    texts,
  );
}

/** A chart's height for its number of seats, so bars keep their thickness whatever the count. */
export function seatsHeight(count: number): string {
  return `${Math.max(160, 60 + count * 54)}px`;
}
