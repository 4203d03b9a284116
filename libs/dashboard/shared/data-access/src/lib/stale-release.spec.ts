import { NavigationError } from '@angular/router';
import { isChunkNotLoaded, reloadOnStaleRelease } from './stale-release';

const chromium = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost:3000/chunk-REMOVED.js',
);

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('a tab left open across a release', () => {
  it("tells a chunk that could not be loaded from refusals and the router's errors", () => {
    expect(isChunkNotLoaded(chromium)).toBe(true);
    expect(isChunkNotLoaded(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkNotLoaded(new Error('Cannot match any routes'))).toBe(false);
    expect(isChunkNotLoaded({ status: 403, error: { code: 'auth.forbidden' } })).toBe(false);
  });

  it('loads the address asked for afresh, once a minute, and leaves other errors alone', () => {
    const assigned: string[] = [];
    const page = { assign: (url: string) => void assigned.push(url) };
    const session = memory();
    const failed = new NavigationError(1, '/review/c1', chromium);
    expect(reloadOnStaleRelease(failed, page, session, 1_000)).toBe(true);
    expect(reloadOnStaleRelease(failed, page, session, 30_000)).toBe(false);
    expect(reloadOnStaleRelease(failed, page, session, 62_000)).toBe(true);
    expect(reloadOnStaleRelease(new NavigationError(2, '/x', new Error('no')), page, session)).toBe(false);
    expect(assigned).toEqual(['/review/c1', '/review/c1']);
  });
});
