/**
 * One pagination contract for the lists that grow with an installation: agencies, accounts, a cycle's
 * submissions, a contest's applications, training events and the audit trail.
 *
 * Offset paging: `limit` rows from `offset`, in an order that is total (every list ends its ordering on a unique
 * column), so consecutive pages neither repeat nor skip a row while the data stands still. `total` counts every
 * row that matches the filters, so a client can show "51–100 of 230" and know when it has them all.
 */
export const PAGE_SIZE = {
  /** Rows per page when the query names no `limit`. */
  default: 50,
  /** The largest `limit`: enough for a picker to fetch a region's agencies in one or two requests. */
  max: 500,
} as const;

/** The largest `offset`: PostgreSQL's integer range, far past any real list. */
export const PAGE_OFFSET_MAX = 2_147_483_647;

/** The query of a paged list: `limit` 1..`PAGE_SIZE.max` (default 50), `offset` ≥ 0 (default 0). */
export interface PageQuery {
  limit?: number;
  offset?: number;
}

/** One page of a list: its rows, how many rows match in all, and the window it was asked for. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
