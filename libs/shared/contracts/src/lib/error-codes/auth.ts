/**
 * Codes of sign-in, passwords and per-address limits on anonymous forms.
 * `auth.throttled` comes with a `Retry-After` header; it is the same for unknown logins as for real ones.
 */
export const AUTH_ERROR_CODES = ['auth.invalid_credentials', 'auth.throttled'] as const;

/** Field problems of passwords: too easy to guess (common, a pattern, or the login or name in it), or wrong. */
export const AUTH_FIELD_PROBLEM_CODES = ['field.weak_password', 'field.wrong_password'] as const;
