/** The first retry comes quickly: most losses are a single killed connection, not a server that is down. */
const FIRST_DELAY_MS = 200;
/** Capped so that the feed is back within seconds of the server's return, however long it was away. */
const MAX_DELAY_MS = 4000;

/**
 * Milliseconds to wait before reconnect attempt `attempt` (0 for the first): doubling from 200 ms up to 4 s,
 * each drawn at random from the upper half of that step ("equal jitter"), so instances that lost the server
 * together do not all come back in the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt, 16));
  return Math.round(step / 2 + random() * (step / 2));
}
