/** Refusals of results and of the scoring preview. Publishing is a cycle step: see `cycle.wrong_status`. */
export const SCORE_ERRORS = {
  /** 404: the cycle's results are not published, and the caller may not preview them. */
  'results.not_published': 'No published results for this cycle',
  /** 404: the agency has no scorecard in the cycle. */
  'results.agency_not_ranked': 'This agency is not ranked in this cycle',
  /** 409: figures published at the time belong to a cycle of imported history only. */
  'results.not_imported_history': 'Only a cycle of imported history takes the figures published at the time',
  /** 409: the cycle of imported history is published; reopen it to change what was published then. */
  'results.published_then_locked':
    'The cycle is {status}: reopen it to change the figures published at the time',
  /**
   * 400: a scoring document larger than the preview takes; `field` is agencies, values or sensitivity.runs,
   * `count` what was sent and `max` the limit.
   */
  'preview.too_large': 'Too many {field} to preview: {count}, at most {max}',
} as const;
