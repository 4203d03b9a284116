import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

/** A statement PostgreSQL parses and plans once per connection, under its `name`; the text never varies. */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Runs `statement` with `values` on the manager's connection (its transaction's, when it has one) and returns its
 * rows. A hot statement saves its parse and plan on every call after a connection's first; its errors are
 * node-postgres's own, as `manager.query`'s driver errors are.
 */
export async function runPrepared<T>(
  manager: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    return (await client.query({ ...statement, values })).rows as T[];
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}
