import type { CompletenessRow, CompletenessState } from '@prgauge/contracts';

export const STATES: CompletenessState[] = ['approved', 'submitted', 'returned', 'draft', 'not-started'];

export interface StateShare {
  state: CompletenessState;
  count: number;
  share: number;
}

/** How many agencies are in each state, in workflow order from done to not started. */
export function stateShares(rows: CompletenessRow[]): StateShare[] {
  return STATES.map((state) => {
    const count = rows.filter((row) => row.state === state).length;
    return { state, count, share: rows.length ? count / rows.length : 0 };
  });
}

/** Late first, then the least filled, so the board starts with the agencies that need a call. */
export function boardOrder(rows: CompletenessRow[]): CompletenessRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.late) - Number(a.late) ||
      STATES.indexOf(b.state) - STATES.indexOf(a.state) ||
      a.filled - b.filled ||
      a.agencyCode.localeCompare(b.agencyCode),
  );
}
