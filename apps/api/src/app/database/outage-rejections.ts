import { databaseUnavailability } from '../common/database-unavailable';

/**
 * Keeps a database outage from ending the process through a promise nobody awaits. pg-boss settles a finished job
 * with queries it does not await (its worker's `complete` and `fail`), so an outage at that moment surfaces as an
 * unhandled rejection, which Node turns into a crash: the API then died with its database instead of answering 503
 * until it came back. Rejections `databaseUnavailability` recognises (a refused, reset or shut-down connection) are
 * logged through `warn`; the job they left unsettled is handed back by the lost-job recovery once the database is
 * back. Any other unhandled rejection is thrown again, so it still ends the process as Node's default does.
 * `target` is the process in production; a test passes an emitter of its own.
 */
export function surviveDatabaseOutageRejections(
  warn: (message: string) => void,
  target: Pick<NodeJS.Process, 'on'> = process,
): void {
  target.on('unhandledRejection', (reason: unknown) => {
    if (!databaseUnavailability(reason)) throw reason;
    warn(`a database call nobody awaited failed while the database was unavailable: ${messageOf(reason)}`);
  });
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
