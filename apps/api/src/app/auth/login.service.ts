import { HttpStatus, Injectable } from '@nestjs/common';
import type { SessionUser } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-error';
import { TooManyRequestsException } from '../common/too-many-requests';
import { AccountDirectory } from './account-directory';
import { LoginAttempt } from './login-attempt.entity';
import { DUMMY_HASH, verifyPassword } from './passwords';
import {
  ADDRESS_FAILURES_PER_WINDOW,
  ADDRESS_WINDOW_MINUTES,
  AttemptHistory,
  PAIR_MEMORY_HOURS,
  signInVerdict,
} from './sign-in-throttle';
import { Clock } from '../common/clock';

// One answer for every failure, so nobody can learn whether a login exists or how far its throttle has gone.

/** A 429 that reads the same whether or not the login exists. */
export function throttled(retryAfterSeconds: number): TooManyRequestsException {
  return new TooManyRequestsException('auth.throttled', retryAfterSeconds);
}

type Outcome<T> = { passed: true; value: T } | { passed: false; throttledFor: number | null };

/** Password checks, throttled per login and address together (see sign-in-throttle.ts). */
@Injectable()
export class LoginService {
  constructor(
    private readonly manager: EntityManager,
    private readonly accounts: AccountDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks a login and password from `ip`. Throws 401 `auth.invalid_credentials` for a wrong pair, and
   * 429 `auth.throttled` with Retry-After while this login or address must wait; both alike for unknown logins.
   */
  async authenticate(login: string, password: string, ip: string): Promise<SessionUser> {
    const user = await this.attempt(login, ip, async () => {
      const found = await this.accounts.signInAccountByLogin(login);
      const valid = await verifyPassword(found?.passwordHash ?? DUMMY_HASH, password);
      return found && found.active && valid ? found.user : null;
    });
    if (!user) throw new ApiException(HttpStatus.UNAUTHORIZED, 'auth.invalid_credentials', {});
    return user;
  }

  /**
   * Runs `check` for `login` from `ip` under the throttle, and records whether it passed.
   * Returns the checked value, or null for a failure that is not throttled; throws 429 when throttled.
   */
  async attempt<T>(login: string, ip: string, check: () => Promise<T | null>): Promise<T | null> {
    const outcome = await this.manager.transaction(async (manager): Promise<Outcome<T>> => {
      // Parallel guesses at one login from one address queue here, so each sees the ones before it.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sign-in'), hashtext($1 || ' ' || $2))`, [
        login.toLowerCase(),
        ip,
      ]);
      const { history, now } = await readHistory(manager, login, ip, this.clock.now());
      const verdict = signInVerdict(history, now);
      if (verdict.kind === 'wait') return { passed: false, throttledFor: verdict.retryAfterSeconds };
      const value = await check();
      await manager.insert(LoginAttempt, { ip, login, succeeded: value !== null, at: this.clock.now() });
      if (value !== null) return { passed: true, value };
      return { passed: false, throttledFor: verdict.throttleFailure ? verdict.retryAfterSeconds : null };
    });
    if (outcome.passed) return outcome.value;
    if (outcome.throttledFor !== null) throw throttled(outcome.throttledFor);
    return null;
  }
}

interface HistoryRow {
  pair_failures: number;
  pair_last_at: number | null;
  address_failures: number;
  address_clears_at: number | null;
}

/** The attempt history of one login from one address at `at`; `now` is that instant in epoch seconds. */
async function readHistory(
  manager: EntityManager,
  login: string,
  ip: string,
  at: Date,
): Promise<{ history: AttemptHistory; now: number }> {
  const [row] = (await manager.query(
    `WITH last_success AS (
       SELECT max(at) AS at FROM login_attempt WHERE login = $1 AND ip = $2 AND succeeded
     ), pair AS (
       SELECT count(*)::int AS failures, extract(epoch FROM max(a.at))::float8 AS last_at
         FROM login_attempt a, last_success s
        WHERE a.login = $1 AND a.ip = $2 AND NOT a.succeeded
          AND a.at > greatest($6::timestamptz - make_interval(hours => $3), coalesce(s.at, '-infinity'))
     ), address AS (
       SELECT at FROM login_attempt
        WHERE ip = $2 AND NOT succeeded AND at > $6::timestamptz - make_interval(mins => $4)
     )
     SELECT pair.failures AS pair_failures, pair.last_at AS pair_last_at,
            (SELECT count(*)::int FROM address) AS address_failures,
            (SELECT extract(epoch FROM at + make_interval(mins => $4))::float8
               FROM address ORDER BY at DESC OFFSET $5 - 1 LIMIT 1) AS address_clears_at
       FROM pair`,
    [login, ip, PAIR_MEMORY_HOURS, ADDRESS_WINDOW_MINUTES, ADDRESS_FAILURES_PER_WINDOW, at],
  )) as HistoryRow[];
  return {
    history: {
      pairFailures: row.pair_failures,
      pairLastFailureAt: row.pair_last_at,
      addressFailures: row.address_failures,
      addressClearsAt: row.address_clears_at,
    },
    now: at.getTime() / 1000,
  };
}
