/** Codes of an account's first steps: a one-time password must be replaced before anything else. */
export const FIRST_RUN_ERRORS = {
  /**
   * 403: the account signed in with a one-time password (generated, or set by an admin or director). Only
   * `GET /api/auth/me`, `POST /api/auth/logout` and `POST /api/auth/password` answer until it is changed.
   */
  'auth.password_change_required': 'Change your one-time password before doing anything else',
} as const;
