import { inject } from '@angular/core';
import { type CanMatchFn, Router } from '@angular/router';
import { type Action, decide } from '@prgauge/permissions';
import { landingFor } from './landing';
import { SessionStore } from './session.store';

/**
 * A `canMatch` guard for a route that needs `action`, checked at role level as the API's guard checks it before
 * loading any record (the page still asks the API about the record itself). A visitor is sent to sign in and
 * brought back afterwards; a signed-in person whose role may not is sent to their own first page. Until the
 * guard passes, a lazy route's code is not even downloaded.
 */
export function mayEnter(action: Action): CanMatchFn {
  return () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const decision = decide(session.user(), action);
    if (decision === 'allowed') return true;
    if (decision === 'unauthenticated') {
      const attempted = router.currentNavigation()?.extractedUrl;
      const returnTo = attempted ? router.serializeUrl(attempted) : undefined;
      return router.createUrlTree(['/sign-in'], { queryParams: { returnTo } });
    }
    return router.parseUrl(landingFor(session.user()));
  };
}
