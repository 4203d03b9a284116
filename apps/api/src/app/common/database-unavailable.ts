import type { ErrorCode } from '@prgauge/contracts';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/** How the API answers when the database, not the request, is at fault: 503 with these. */
export interface Unavailability {
  code: Extract<ErrorCode, `service.${string}`>;
  /** Seconds for the `Retry-After` header. */
  retryAfter: number;
}

const DATABASE_DOWN: Unavailability = {
  code: 'service.database_unavailable',
  retryAfter: 5,
};

const BUSY: Unavailability = {
  code: 'service.busy',
  retryAfter: 1,
};

/** Socket errors of a server that is down, restarting or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server going away: class 08 (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now (starting up or shutting down).
 */
const SERVER_GONE = /^(08...|57P0[123])$/;
const TOO_MANY_CONNECTIONS = '53300';

/** node-postgres reports a lost, unusable or never-opened connection only in its message. */
const CONNECTION_LOST = [
  'Connection terminated',
  'timeout expired',
  'is not queryable',
  'Cannot use a pool after calling end',
  'Query read timeout',
];
const POOL_WAIT_TIMEOUT = 'timeout exceeded when trying to connect';

/**
 * Whether an error thrown while serving a request means the database cannot be used right now, and how to say so.
 * TypeORM wraps driver errors (`driverError`), Node wraps socket errors (`cause`, AggregateError's `errors`), so the
 * whole chain is looked at. Anything else is left to the caller.
 */
export function databaseUnavailability(error: unknown): Unavailability | undefined {
  for (const link of errorChain(error)) {
    // TypeORM releases a transaction's runner when its connection fails; the transaction's next query then says so.
    if (link instanceof QueryRunnerAlreadyReleasedError) return DATABASE_DOWN;
    const { code, message } = link as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (text.includes(POOL_WAIT_TIMEOUT) || code === TOO_MANY_CONNECTIONS) return BUSY;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_GONE.test(code))) return DATABASE_DOWN;
    if (CONNECTION_LOST.some((phrase) => text.includes(phrase))) return DATABASE_DOWN;
  }
  return undefined;
}

/** The error and every error it wraps, breadth first, bounded against cycles. */
function errorChain(error: unknown): object[] {
  const seen: object[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.length < 16) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || seen.includes(next)) continue;
    seen.push(next);
    const { driverError, cause, errors } = next as {
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    queue.push(driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return seen;
}
