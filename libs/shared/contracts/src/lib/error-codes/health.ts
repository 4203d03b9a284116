/** The health check's refusal. */
export const HEALTH_ERRORS = {
  /**
   * 503 with `Retry-After`: a check failed. `checks` names the failed ones (database, migrations), comma-separated;
   * `details` hold one entry per check (`health.down`, with `status` and, when the check gave one, `reason`).
   */
  'health.unhealthy': 'The service is unhealthy: {checks}',
} as const;

/** A failed check, as an entry of `details`. */
export const HEALTH_FIELD_PROBLEMS = {
  'health.down': 'Down',
} as const;
