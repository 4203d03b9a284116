/** The file a job produced: what `GET /api/jobs/:id/result` sends back. */
export interface JobResultFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** What a handler knows about the job it runs, and how it reports. */
export interface JobContext {
  jobId: string;
  regionId: string;
  /** The account that asked for the job. */
  requestedBy: string;
  /**
   * Records that `done` of `total` steps are finished (shown as "12 of 40"). Cheap enough to call per step; it
   * also tells the queue the worker is alive. Rejects with `JobSupersededError` when another worker took the job
   * over meanwhile: the handler should then stop.
   */
  reportProgress(done: number, total: number): Promise<void>;
}

/**
 * Runs one job of a kind: gets the data given to `enqueueJob` (as JSON read it back) and returns the result file.
 * A handler may be run again for the same job when its worker was lost midway, so it must be safe to repeat (it
 * produces a file; changes it makes to data must be idempotent). Throwing an `ApiException` fails the job with
 * that code; any other error fails it with `job.failed`.
 */
export type JobHandler<TData = unknown> = (data: TData, context: JobContext) => Promise<JobResultFile>;

/** Thrown by `reportProgress` when the job now belongs to a newer attempt. */
export class JobSupersededError extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} was taken over by another worker`);
  }
}

/** Handlers by kind; the last registered one runs (several apps in one process each register theirs). */
const handlers = new Map<string, JobHandler[]>();

/**
 * Registers the handler of a job kind for this process (call it from a module's `onModuleInit`). Returns a function
 * that removes it again. Where two apps in one process (tests) register a kind, the later one runs until it is
 * removed, and then the earlier one again.
 */
export function registerJobHandler<TData>(kind: string, handler: JobHandler<TData>): () => void {
  const stack = handlers.get(kind) ?? [];
  stack.push(handler as JobHandler);
  handlers.set(kind, stack);
  return () => {
    const at = stack.lastIndexOf(handler as JobHandler);
    if (at >= 0) stack.splice(at, 1);
    if (stack.length === 0 && handlers.get(kind) === stack) handlers.delete(kind);
  };
}

/** The handler of a kind, or undefined when none is registered in this process. */
export function jobHandlerOf(kind: string): JobHandler | undefined {
  return handlers.get(kind)?.at(-1);
}
