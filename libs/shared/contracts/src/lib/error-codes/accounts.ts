/** Refusals of account management (directors and national admins managing accounts). */
export const ACCOUNT_ERRORS = {
  /** 403: only directors and national admins manage accounts. */
  'account.managers_only': 'Only directors and national admins manage accounts',
  /** 403: only a national admin creates admin accounts or gives the admin role. */
  'account.admin_by_admin_only': 'Only a national admin creates admin accounts',
  /** 409: nobody deactivates their own account or changes its role, region or agency. */
  'account.own_scope': 'You cannot deactivate your own account or change its role',
} as const;

/** Field problems of accounts. */
export const ACCOUNT_FIELD_PROBLEMS = {
  /** A director's accounts live in the director's region; `allowed` is its id. */
  'field.own_region_only': 'Must be your own region',
  /** A new value (a password) must differ from the current one. */
  'field.unchanged': 'Must differ from the current one',
} as const;
