import { inject } from '@angular/core';
import { type CanActivateChildFn, Router } from '@angular/router';
import { landingFor } from './landing';
import { SessionStore } from './session.store';

/** The screen where a one-time password is replaced. */
export const PASSWORD_PAGE = '/password';

/**
 * A `canActivateChild` guard for every page: someone signed in with a one-time password is held on
 * {@link PASSWORD_PAGE} until they choose their own (the API refuses them everything else meanwhile). That page
 * is for them only: anyone else going there is sent to their own first page, or a visitor to sign in.
 */
export const passwordChangeFirst: CanActivateChildFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const onPasswordPage = state.url.split(/[?#]/)[0] === PASSWORD_PAGE;
  if (session.passwordChangeRequired()) return onPasswordPage || router.parseUrl(PASSWORD_PAGE);
  if (!onPasswordPage) return true;
  return router.parseUrl(session.signedIn() ? landingFor(session.user()) : '/sign-in');
};
