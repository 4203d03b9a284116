/**
 * Codes for a service that cannot answer right now. Each comes with HTTP 503 and a `Retry-After` header
 * (seconds); the request may be sent again unchanged after that delay.
 */
export const SERVICE_ERRORS = {
  /** PostgreSQL cannot be reached, is restarting, or dropped the connection mid-request. */
  'service.database_unavailable': 'The database is unavailable; try again in a few seconds',
  /** Every database connection stayed busy for longer than the API waits for one. */
  'service.busy': 'Every database connection is busy; try again in a moment',
} as const;
