import type { EntityManager } from 'typeorm';

/** A statement with its parameters, built before it is sent. */
export interface SqlStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * Sends statements on the manager's connection one after the other without waiting for each answer in between:
 * PostgreSQL runs them in the order sent, while the caller goes on with other work. Settles when all have run;
 * rejects with the first failure (in a transaction, the statements after a failed one fail as well).
 */
export async function sendAll(manager: EntityManager, statements: readonly SqlStatement[]): Promise<void> {
  const sent = statements.map((s) => manager.query(s.sql, s.parameters) as Promise<unknown>);
  const settled = await Promise.allSettled(sent);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
}
