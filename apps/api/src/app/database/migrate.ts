import { DataSource } from 'typeorm';
import { grantAppRole } from './app-role-grants';
import { typeOrmOptions } from './typeorm-options';

/**
 * Key of the session-level advisory lock held while migrating (any constant shared by every instance works;
 * advisory locks are per database).
 */
const MIGRATION_LOCK = '7049152238161021';

export interface MigrateOptions {
  /** The role the API connects as, when it is not the owner: granted what it needs once migrations are applied. */
  appRole?: string;
}

/**
 * Applies pending migrations, each in its own transaction; returns the names applied. Connect as the schema's
 * owner. Instances starting together queue on a PostgreSQL advisory lock, so each migration runs once and the
 * later ones find nothing left to do.
 */
export async function runMigrations(url: string, options: MigrateOptions = {}): Promise<string[]> {
  const dataSource = new DataSource(typeOrmOptions(url, 'migrations'));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    // Held by this session: if the process dies, PostgreSQL releases it with the connection.
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const { appRole } = options;
    if (appRole) await grantAppRole((sql) => lock.query(sql), appRole);
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
