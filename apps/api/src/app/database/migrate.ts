import { DataSource } from 'typeorm';
import { typeOrmOptions } from './typeorm-options';

/**
 * Key of the session-level advisory lock held while migrating (any constant shared by every instance works;
 * advisory locks are per database).
 */
const MIGRATION_LOCK = '7049152238161021';

/**
 * Applies pending migrations, each in its own transaction; returns the names applied. Instances starting together
 * queue on a PostgreSQL advisory lock, so each migration runs once and the later ones find nothing left to do.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(typeOrmOptions(url));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    // Held by this session: if the process dies, PostgreSQL releases it with the connection.
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
