import {
  EventSubscriber,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';

/** This process's started mail workers, each by the function that makes it fetch now. */
const workers = new Set<() => void>();

/** Transactions that queued mail and have not yet ended. */
const queuing = new WeakSet<QueryRunner>();

/** Lets a started worker be woken when mail is queued in this process; returns the function that stops that. */
export function onMailQueued(wake: () => void): () => void {
  workers.add(wake);
  return () => workers.delete(wake);
}

/** Makes this process's mail workers fetch now rather than at their next poll (a worker elsewhere polls). */
export function wakeMailWorkers(): void {
  for (const wake of workers) wake();
}

/**
 * Wakes the mail workers once the transaction `manager` works in commits, when the message it queued can be seen;
 * at once when it works in none. A rolled-back transaction wakes nobody.
 */
export function wakeMailWorkersAfterCommit(manager: EntityManager): void {
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) queuing.add(runner);
  else wakeMailWorkers();
}

/** Listens for the end of transactions that queued mail (registered in `database/subscribers.ts`). */
@EventSubscriber()
export class MailWakeSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A savepoint's release is not yet the commit.
    if (event.queryRunner.isTransactionActive) return;
    if (queuing.delete(event.queryRunner)) wakeMailWorkers();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) queuing.delete(event.queryRunner);
  }
}
