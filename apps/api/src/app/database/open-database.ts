import type { Logger } from 'pino';
import type { Environment } from '../config/environment';
import { RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { runMigrations } from './migrate';
import { auditTrailExposure, roleOf } from './roles';

/**
 * The external server of DATABASE_URL (migrating as MIGRATION_DATABASE_URL, or as DATABASE_URL when that is
 * unset), or else an embedded server with both roles set up.
 */
export async function openDatabase(env: Environment, logger: Logger): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    return {
      url: env.DATABASE_URL,
      migrationUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL,
      stop: async () => undefined,
    };
  }
  const log = (line: string) => logger.info(line);
  const database = await startEmbeddedPostgres({ dataDir: env.PG_DATA_DIR, port: env.PG_PORT, log });
  log(`embedded PostgreSQL running on port ${env.PG_PORT}`);
  return database;
}

/**
 * Applies pending migrations as the schema's owner and grants the API's role what it needs; then warns when the
 * API's role could alter or switch off the audit trail.
 */
export async function migrate(database: RunningDatabase, logger: Logger): Promise<void> {
  const appRole = roleOf(database.url);
  const separate = appRole !== roleOf(database.migrationUrl);
  const applied = await runMigrations(database.migrationUrl, separate ? { appRole } : {});
  logger.info(
    applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'schema up to date',
  );
  if (!separate) {
    logger.warn(
      'MIGRATION_DATABASE_URL is unset (or names the same role as DATABASE_URL): the API runs as the role that ' +
        'owns the schema, so it could alter or switch off the audit trail. Give it a role of its own; see README, Security.',
    );
    return;
  }
  const exposure = await auditTrailExposure(database.url);
  if (exposure)
    logger.warn(`${exposure}, so it could alter or switch off the audit trail; see README, Security.`);
}
