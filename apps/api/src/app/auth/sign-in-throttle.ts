/**
 * Who may try a password now, from the history of attempts. Pure: the login service reads the history from
 * `login_attempt` and acts on the verdict.
 *
 * Failures count per account and address together, so a stranger elsewhere cannot lock anybody out:
 * - a login may fail {@link PAIR_FREE_FAILURES} times from one address; after that each further try waits
 *   1 minute, then 2, 4, 8… up to {@link PAIR_MAX_DELAY_SECONDS}. A success from that address starts afresh,
 *   and failures older than {@link PAIR_MEMORY_HOURS} are forgotten;
 * - an address with {@link ADDRESS_FAILURES_PER_WINDOW} failures within {@link ADDRESS_WINDOW_MINUTES} (password
 *   spraying across many logins) is throttled, but only for logins that have already failed from it. A login
 *   that has not failed there still has its password checked, so colleagues behind one office address keep
 *   signing in; a wrong password there is answered as throttled too.
 */
export const PAIR_FREE_FAILURES = 5;
export const PAIR_FIRST_DELAY_SECONDS = 60;
export const PAIR_MAX_DELAY_SECONDS = 3600;
export const PAIR_MEMORY_HOURS = 24;
export const ADDRESS_FAILURES_PER_WINDOW = 30;
export const ADDRESS_WINDOW_MINUTES = 15;

/** What `login_attempt` says about one login from one address, and about that address. */
export interface AttemptHistory {
  /** Failures of this login from this address since its last success there, within the memory. */
  pairFailures: number;
  /** When the last of those failures happened, in seconds since the epoch. */
  pairLastFailureAt: number | null;
  /** Failures from this address, for any login, within the address window. */
  addressFailures: number;
  /** When the address falls back under its limit, in seconds since the epoch; null while under it. */
  addressClearsAt: number | null;
}

export type SignInVerdict =
  /** Check the password. With `throttleFailure`, a wrong one is answered 429 for `retryAfterSeconds`. */
  | { kind: 'check'; throttleFailure: false }
  | { kind: 'check'; throttleFailure: true; retryAfterSeconds: number }
  /** Refuse without checking the password; try again after `retryAfterSeconds`. */
  | { kind: 'wait'; retryAfterSeconds: number };

/** The wait after `failures` failures of one login from one address: 0 for the first few, then doubling. */
export function pairDelaySeconds(failures: number): number {
  if (failures < PAIR_FREE_FAILURES) return 0;
  const doublings = Math.min(failures - PAIR_FREE_FAILURES, 30);
  return Math.min(PAIR_FIRST_DELAY_SECONDS * 2 ** doublings, PAIR_MAX_DELAY_SECONDS);
}

/** Decides whether this attempt may check a password, at `now` (seconds since the epoch). */
export function signInVerdict(history: AttemptHistory, now: number): SignInVerdict {
  const pairWait =
    history.pairLastFailureAt === null
      ? 0
      : Math.max(0, history.pairLastFailureAt + pairDelaySeconds(history.pairFailures) - now);
  const addressWait =
    history.addressFailures >= ADDRESS_FAILURES_PER_WINDOW && history.addressClearsAt !== null
      ? Math.max(0, history.addressClearsAt - now)
      : 0;
  if (pairWait > 0) return { kind: 'wait', retryAfterSeconds: Math.max(pairWait, addressWait) };
  if (addressWait === 0) return { kind: 'check', throttleFailure: false };
  if (history.pairFailures > 0) return { kind: 'wait', retryAfterSeconds: addressWait };
  return { kind: 'check', throttleFailure: true, retryAfterSeconds: addressWait };
}
