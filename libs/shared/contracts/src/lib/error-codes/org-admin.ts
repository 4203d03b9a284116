/** Field problems of the organisation administration (regions, agencies and accounts as their managers edit them). */
export const ORG_ADMIN_FIELD_PROBLEMS = {
  /** A region's time zone must be an IANA name the server's Intl knows; `example` is one such name. */
  'field.time_zone': 'Must be a time zone such as {example}',
} as const;
