import { escapeIdentifier } from 'pg';
import { QUEUE_SCHEMA } from '../jobs/job-queue-schema';

/** Runs one SQL statement; a TypeORM query runner and a node-postgres client both fit. */
export type RunSql = (sql: string) => Promise<unknown>;

/**
 * Tables the API may only add to and read. UPDATE, DELETE and TRUNCATE are withheld (the table's triggers refuse
 * them as well), and, the API's role owning nothing, it can neither alter these tables nor disable their triggers.
 */
export const APPEND_ONLY_TABLES = ['audit_entry'] as const;

/** TypeORM's record of applied migrations: the API reads it for /api/health, and only the owner writes it. */
const MIGRATIONS_TABLE = 'migrations';

const DML = 'SELECT, INSERT, UPDATE, DELETE';

/**
 * Gives the API's role what it needs on the schema, run as the schema's owner after each migration run so that
 * every table, including ones a migration just added, is covered:
 * - read and write rows of every table, except the append-only ones (read and insert) and the migrations table
 *   (read);
 * - use the sequences behind bigserial ids;
 * - the same on tables and sequences the owner creates later (default privileges).
 * Every statement is idempotent.
 */
export async function grantAppRole(run: RunSql, appRole: string): Promise<void> {
  const app = escapeIdentifier(appRole);
  await run(`GRANT USAGE ON SCHEMA public TO ${app}`);
  await run(`GRANT ${DML} ON ALL TABLES IN SCHEMA public TO ${app}`);
  await run(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
  await run(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${DML} ON TABLES TO ${app}`);
  await run(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
  for (const table of APPEND_ONLY_TABLES) {
    await run(`REVOKE ALL ON ${table} FROM ${app}`);
    await run(`GRANT SELECT, INSERT ON ${table} TO ${app}`);
  }
  await run(`REVOKE ALL ON ${MIGRATIONS_TABLE} FROM ${app}`);
  await run(`GRANT SELECT ON ${MIGRATIONS_TABLE} TO ${app}`);
  await grantJobQueue(run, app);
}

/**
 * The job queue's schema, made by migrations: the API's role works its rows (send, fetch, complete, archive) but
 * creates nothing there, so the library can never change the schema at runtime.
 */
async function grantJobQueue(run: RunSql, app: string): Promise<void> {
  const schema = escapeIdentifier(QUEUE_SCHEMA);
  await run(`GRANT USAGE ON SCHEMA ${schema} TO ${app}`);
  await run(`GRANT ${DML} ON ALL TABLES IN SCHEMA ${schema} TO ${app}`);
  await run(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT ${DML} ON TABLES TO ${app}`);
}
