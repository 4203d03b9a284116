import { Client, ClientConfig } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { QUEUE_POOL_SIZE } from '../jobs/job-queue-schema';
import { MAIL_QUEUE_POOL_SIZE } from '../mail/mail-queue';
import { entities } from './entities';
import { subscribers } from './subscribers';

/**
 * The most connections one API instance holds: size `max_connections` (or a pooler) for this times the instances.
 * It is shared out: the job queue's pool (`QUEUE_POOL_SIZE`, 3), the mail worker's (`MAIL_QUEUE_POOL_SIZE`, 2), the
 * change feed's one connection, and the rest for requests.
 */
export const CONNECTION_BUDGET = 21;

/** The cycle change feed's listening connection. */
export const FEED_CONNECTIONS = 1;

/** Connections in the API's pool (requests, job handlers, job records and mail), what the budget leaves: 15. */
export const POOL_SIZE = CONNECTION_BUDGET - QUEUE_POOL_SIZE - MAIL_QUEUE_POOL_SIZE - FEED_CONNECTIONS;

/**
 * How long opening a connection may take before the request is answered 503: a stopped server refuses at once,
 * and this bounds a silent one (a host that is down, a network that drops packets).
 */
export const CONNECT_TIMEOUT_MS = 900;

/**
 * How long a request may wait for a connection that other requests hold, before it is answered 503
 * `service.busy`: longer than connecting, because a burst queueing on one busy row is not an outage.
 */
export const POOL_WAIT_MS = 5000;

/**
 * How long one query of the API may wait for its answer. A server that freezes (a stopped process, a network that
 * drops packets) leaves open connections silent; without this bound a request would hang as long as the freeze
 * lasts. The API's heaviest queries (publishing a province of 1,000 agencies) finish well within it; migrations,
 * which may rebuild large tables, have no such bound.
 */
export const QUERY_TIMEOUT_MS = 10_000;

/** `application_name` of the pool's connections, so operators can tell them apart in pg_stat_activity. */
export const POOL_APPLICATION_NAME = 'prgauge-api';

/**
 * The pool's client. The pool applies its own `connectionTimeoutMillis` both to waiting for a free connection
 * and to opening one; the client's own, shorter, limit ends a connection attempt first.
 */
class PoolClient extends Client {
  constructor(config: ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/** The API's client: its queries are also bounded in time. */
class BoundedPoolClient extends PoolClient {
  constructor(config: ClientConfig) {
    super({ ...config, query_timeout: QUERY_TIMEOUT_MS });
  }
}

/**
 * The one place that says how the API talks to PostgreSQL; used by the app, the migrate command and the tests.
 * `purpose` 'migrations' lifts the per-query time bound.
 */
export function typeOrmOptions(url: string, purpose: 'api' | 'migrations' = 'api'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    subscribers,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: {
      max: POOL_SIZE,
      Client: purpose === 'api' ? BoundedPoolClient : PoolClient,
      connectionTimeoutMillis: POOL_WAIT_MS,
      // Finds a connection whose server vanished without closing it, instead of waiting on it for ever.
      keepAlive: true,
      application_name: POOL_APPLICATION_NAME,
    },
  };
}
