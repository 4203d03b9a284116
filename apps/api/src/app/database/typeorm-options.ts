import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { entities } from './entities';

/** Connections in the API's pool; the change feed holds one more, so an instance never holds more than this + 1. */
export const POOL_SIZE = 20;

/** `application_name` of the pool's connections, so operators can tell them apart in pg_stat_activity. */
export const POOL_APPLICATION_NAME = 'prgauge-api';

/** The one place that says how the API talks to PostgreSQL; used by the app, the migrate command and the tests. */
export function typeOrmOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: { max: POOL_SIZE, connectionTimeoutMillis: 5000, application_name: POOL_APPLICATION_NAME },
  };
}
