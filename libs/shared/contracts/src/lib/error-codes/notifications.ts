/** Problems of one saved choice of `PUT /api/notifications/preferences` and of a region's defaults. */
export const NOTIFICATION_FIELD_PROBLEMS = {
  /** 400: a kind of `MANDATORY_NOTIFICATION_KINDS` turned off by email, its one channel; `kind` names it. */
  'notification.mandatory_kind':
    '{kind} answers the person’s own request and is always sent by email: it cannot be turned off',
} as const;
