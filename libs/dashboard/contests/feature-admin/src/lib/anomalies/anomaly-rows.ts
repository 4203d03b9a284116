import type { VoteAnomaly } from '@prgauge/contracts';

/** An anomaly as the report lists it: how long the burst lasted, and the votes per minute in it. */
export interface AnomalyRow extends VoteAnomaly {
  minutes: number;
  perMinute: number;
}

/** Densest bursts first: many votes in few minutes is what an organiser looks into. */
export function anomalyRows(anomalies: VoteAnomaly[]): AnomalyRow[] {
  return anomalies
    .map((a) => {
      const minutes = Math.max(1, Math.round((Date.parse(a.lastAt) - Date.parse(a.firstAt)) / 60_000));
      return { ...a, minutes, perMinute: a.votes / minutes };
    })
    .sort((a, b) => b.perMinute - a.perMinute || b.votes - a.votes);
}
