import type { SeriesYearRequest } from '@prgauge/contracts';

/** The year form as typed: an empty box is null, a figure nobody knows. */
export interface SeriesYearDraft {
  year: number | null;
  participants: number | null;
  applications: number | null;
  winners: number | null;
  /** Set when the form holds a year already entered, so that its change is checked against it. */
  version?: number;
}

export const emptyYearDraft = (): SeriesYearDraft => ({
  year: null,
  participants: null,
  applications: null,
  winners: null,
});

/** A number box's value as the draft keeps it: NaN (an empty or unreadable box) is null. */
export const figureOf = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** The request for the draft: every figure, null where the box is empty, and the version of an entered year. */
export function toSeriesYearRequest(draft: SeriesYearDraft): SeriesYearRequest {
  return {
    participants: draft.participants,
    applications: draft.applications,
    winners: draft.winners,
    ...(draft.version === undefined ? {} : { version: draft.version }),
  };
}
