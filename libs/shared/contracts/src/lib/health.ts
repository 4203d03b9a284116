/** One check of `GET /api/health`: `up`, or `down` with what failed. */
export interface HealthIndicatorState {
  status: 'up' | 'down';
  message?: string;
}

/** `GET /api/health`: 200 when the database answers and every migration is applied. */
export interface HealthView {
  status: 'ok' | 'error' | 'shutting_down';
  /** The checks that passed, by name (`database`, `migrations`). */
  info?: Partial<Record<string, HealthIndicatorState>>;
  /** The checks that failed, by name. */
  error?: Partial<Record<string, HealthIndicatorState>>;
  /** Every check, by name. */
  details: Partial<Record<string, HealthIndicatorState>>;
}
