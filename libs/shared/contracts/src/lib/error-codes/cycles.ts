/**
 * Refusals of a cycle's life: its states (draft → open → review → published → archived, and back from published
 * to review), its framework, its period and the extensions granted in it. `status` is the cycle's status when the
 * request came (see `CycleStatus`); periods are days (`YYYY-MM-DD`), deadlines ISO 8601 instants.
 */
export const CYCLE_ERRORS = {
  /**
   * 409: a step asked of a cycle in another status. `action` is open, close, publish, archive or reopen;
   * `expected` the status the step starts from.
   */
  'cycle.wrong_status': 'Cannot {action} a cycle that is {status}; it must be {expected}',
  /** 409: the framework changes only while the cycle is a draft. */
  'cycle.framework_locked': 'The framework can only change while the cycle is a draft; it is {status}',
  /** 400: the period ends (`endDate`) before it starts (`startDate`); `details` name `periodEnd` (`field.too_early`). */
  'cycle.period_reversed': 'The period ends ({endDate}) before it starts ({startDate})',
  /** 409: extensions are granted only while the cycle is open. */
  'cycle.extension_not_open': 'Extensions are granted while the cycle is open; it is {status}',
  /** 400: an extension must end after the cycle's `deadline`; `details` name `until` (`field.not_after_deadline`). */
  'cycle.extension_too_early': 'An extension must end after the cycle deadline, {deadline}',
} as const;
