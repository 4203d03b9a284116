/**
 * The wait a throttled sign-in names, in whole minutes and at least one: the API's `retryAfter` is seconds,
 * and "wait 0 minutes" or "wait 37 seconds" would read as more precise than the throttle is.
 */
export function waitMinutes(retryAfterSeconds: unknown): number {
  const seconds = Number(retryAfterSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return 1;
  return Math.max(1, Math.ceil(seconds / 60));
}
