/**
 * Codes of sign-in, passwords and per-address limits on anonymous forms.
 * `auth.throttled` comes with a `Retry-After` header; it is the same for unknown logins as for real ones.
 */
export const AUTH_ERRORS = {
  'auth.invalid_credentials':
    'Wrong login or password. After repeated failures sign-in is paused for a while.',
  'auth.throttled': 'Too many failed sign-ins; try again in {retryAfter} seconds',
  /** The current password given to change it is wrong. */
  'auth.current_password_wrong': 'The current password is wrong',
  /** A new password must differ from the current one. */
  'auth.password_unchanged': 'Choose a new password: it must differ from the current one',
  /** The password is too easy to guess; `details` say why. */
  'auth.password_too_weak': 'Choose a password that is harder to guess',
  /** 403: a write without the session's CSRF token in `X-XSRF-TOKEN`, or with a wrong one. */
  'auth.csrf_mismatch': 'The CSRF token is missing or wrong: reload the page and try again',
} as const;

/** Field problems of passwords: too easy to guess (common, a pattern, or the login or name in it), or wrong. */
export const AUTH_FIELD_PROBLEMS = {
  'field.weak_password': 'Too easy to guess',
  'field.wrong_password': 'Wrong password',
} as const;
