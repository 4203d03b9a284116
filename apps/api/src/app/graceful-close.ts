import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';

/** How long main.ts lets in-flight requests run on after SIGTERM, leaving time to stop an embedded database. */
export const GRACEFUL_CLOSE_MS = 6000;

/** How often connections that went idle during shutdown are closed. */
const SWEEP_MS = 100;

/**
 * Stops taking requests, lets those in flight finish, then closes the database pool: `closed`. If that takes longer
 * than `timeoutMs`, every connection still open is cut and `timed-out` is returned; the caller should then exit
 * without waiting further.
 */
export async function closeGracefully(
  app: INestApplication,
  timeoutMs: number,
): Promise<'closed' | 'timed-out'> {
  const server = app.getHttpServer() as Server;
  // The server closes idle keep-alive connections once, when it stops listening; a connection whose request
  // finishes later would otherwise stay open until its client or the keep-alive timeout ends it.
  const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([app.close().then(() => 'closed' as const), deadline]);
    if (outcome === 'timed-out') server.closeAllConnections();
    return outcome;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
