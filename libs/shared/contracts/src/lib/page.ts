/**
 * One pagination contract for the lists that grow with an installation: agencies, accounts, a cycle's
 * submissions, a contest's applications, training events and the audit trail.
 *
 * Offset paging: `limit` rows from `offset`, in an order that is total (every list ends its ordering on a unique
 * column), so consecutive pages neither repeat nor skip a row while the data stands still.
 *
 * `total` is counted exactly up to `PAGE_TOTAL_BOUND` rows past the page's start, so a page costs the same in a
 * region as in a national installation: "51–100 of 230" below the bound, "1–50 of more than 1,000" above it
 * (`totalIsLowerBound`). Past the bound a client pages on until a page comes back short.
 */
export const PAGE_SIZE = {
  /** Rows per page when the query names no `limit`. */
  default: 50,
  /** The largest `limit`: enough for a picker to fetch a region's agencies in one or two requests. */
  max: 500,
} as const;

/**
 * How many rows past a page's `offset` are counted exactly. Counting every row would make a national
 * admin's first page grow with the installation (1.2 M audit entries cost 120–190 ms to count, the page itself
 * 0.3 ms); counting this far still tells every list of one region its exact size.
 */
export const PAGE_TOTAL_BOUND = 1_000;

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
  /**
   * Rows matching the filters: exact while `totalIsLowerBound` is false; otherwise more rows than this match
   * (`offset + PAGE_TOTAL_BOUND`), and the next page exists.
   */
  total: number;
  /** True when more than `total` rows match: the count stopped `PAGE_TOTAL_BOUND` rows past `offset`. */
  totalIsLowerBound: boolean;
  limit: number;
  offset: number;
}
