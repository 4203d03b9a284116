/**
 * Codes for a service that cannot answer right now. Each comes with HTTP 503 and a `Retry-After` header
 * (seconds); the request may be sent again unchanged after that delay.
 */
export const SERVICE_ERROR_CODES = [
  /** PostgreSQL cannot be reached, is restarting, or dropped the connection mid-request. */
  'service.database_unavailable',
  /** Every database connection stayed busy for longer than the API waits for one. */
  'service.busy',
] as const;
