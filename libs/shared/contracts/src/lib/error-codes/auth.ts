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
  /**
   * 429 with `Retry-After`: too many password-reset requests for one login or address, or from one client;
   * counted alike whether or not an account matches.
   */
  'auth.reset_throttled': 'Too many password reset requests; try again in {retryAfter} seconds',
  /** 400: no password-reset link has this token (mistyped, cut short, or of a retired account). */
  'auth.reset_link_unknown': 'This password reset link is not valid; ask for a new one',
  /** 410: the link's 30 minutes are over. */
  'auth.reset_link_expired': 'This password reset link has expired; ask for a new one',
  /** 410: the link set a password already; each works once. */
  'auth.reset_link_used': 'This password reset link has been used already; ask for a new one if you need to',
  /** 410: a newer link was sent to the account since, which ended this one. */
  'auth.reset_link_replaced': 'A newer password reset link was sent since; use the one in the latest email',
  /** 403: a write without the session's CSRF token in `X-XSRF-TOKEN`, or with a wrong one. */
  'auth.csrf_mismatch': 'The CSRF token is missing or wrong: reload the page and try again',
} as const;

/** Field problems of passwords: too easy to guess (common, a pattern, or the login or name in it), or wrong. */
export const AUTH_FIELD_PROBLEMS = {
  'field.weak_password': 'Too easy to guess',
  'field.wrong_password': 'Wrong password',
} as const;
