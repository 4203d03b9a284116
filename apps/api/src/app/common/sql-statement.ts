import type { EntityManager } from 'typeorm';

/** A statement with its parameters, built before it is sent. */
export interface SqlStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * Sends statements on the manager's connection in order, each when the one before it has answered, and settles
 * when all have run; rejects with the first failure and sends nothing after it (in a transaction, the statements
 * after a failed one would fail as well). One at a time because a pg client takes one query at a time: handing it
 * a second while one runs only queues it inside the client, which pg 8 deprecates and pg 9 refuses. The caller
 * still builds its next round while this one is sent, since it awaits the returned promise later.
 */
export async function sendAll(manager: EntityManager, statements: readonly SqlStatement[]): Promise<void> {
  for (const statement of statements) await manager.query(statement.sql, statement.parameters);
}
