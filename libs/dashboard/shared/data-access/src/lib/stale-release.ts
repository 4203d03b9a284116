import type { NavigationError } from '@angular/router';

/** The session key under which the last reload for a stale release is remembered: `address at epoch-ms`. */
const RELOADED = 'prgauge.reloadedFor';
/** A second failure for one address within this many milliseconds is not a stale release: it is left to show. */
const ONCE_WITHIN_MS = 60_000;

/**
 * Whether `error` can be a lazy chunk that could not be loaded, as when a newer release has replaced the chunks:
 * every browser rejects such an `import()` with a TypeError, while the API's refusals and the router's own errors
 * are not TypeErrors. Their wording differs by browser, and refusals are never told apart by text here.
 */
export function isChunkNotLoaded(error: unknown): boolean {
  return error instanceof TypeError;
}

/**
 * For `withNavigationErrorHandler`: a tab opened before a release asks for chunks the release removed, and its
 * next navigation fails. The page is then loaded afresh at the address asked for, which brings the new release.
 * Once per address a minute, so a chunk that is truly missing, or a lost connection, does not reload forever.
 */
export function reloadOnStaleRelease(
  error: NavigationError,
  page: Pick<Location, 'assign'> = location,
  session: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage,
  now = Date.now(),
): boolean {
  if (!isChunkNotLoaded(error.error)) return false;
  const [address, at] = (session.getItem(RELOADED) ?? '').split(' at ');
  if (address === error.url && now - Number(at) < ONCE_WITHIN_MS) return false;
  session.setItem(RELOADED, `${error.url} at ${now}`);
  page.assign(error.url);
  return true;
}
