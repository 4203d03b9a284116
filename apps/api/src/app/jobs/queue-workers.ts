import type { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';

/** What a worker of another queue starts with: the API's database and pool, its settings, clock and log. */
export interface QueueWorkerContext {
  /** Where the worker's own pool connects; its size counts in `database/typeorm-options.ts`. */
  connectionString: string;
  dataSource: DataSource;
  env: Environment;
  now: () => Date;
  warn: (message: string) => void;
}

/** A started worker, as the job queue's lifecycle stops it. */
export interface StartedQueueWorker {
  /** Lets work in hand finish for a moment, hands the rest back to its queue, and closes the worker's pool. */
  stop(): Promise<void>;
}

/** Starts another folder's worker on the queue schema (the mail worker). */
export type QueueWorkerStarter = (context: QueueWorkerContext) => Promise<StartedQueueWorker>;

const starters = new Map<string, QueueWorkerStarter>();

/**
 * Has this process's job-queue lifecycle (`job-queue-lifecycle.ts`) start another folder's worker after its own,
 * where the instance works background jobs (`JOB_WORKER`), and stop it before the database pool closes. Call it
 * from a module's `onModuleInit`; a name registered again is replaced (each app of a test process registers the
 * same starter, which reads everything from its context).
 */
export function registerQueueWorker(name: string, start: QueueWorkerStarter): void {
  starters.set(name, start);
}

/** The registered starters, by name. */
export function queueWorkerStarters(): [string, QueueWorkerStarter][] {
  return [...starters];
}
