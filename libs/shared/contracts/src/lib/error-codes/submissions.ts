/**
 * Refusals of a submission: its values, evidence and comments, and its steps (submit, return, approve).
 * Indicators are named by `indicator` (the framework key) and `title` (its name, in English where the framework
 * has it, else its first language); `status` is the submission's or the cycle's status; dates are ISO 8601.
 */
export const SUBMISSION_ERRORS = {
  /**
   * 409: submit refused. `details` hold one entry per missing thing, `field` the indicator key and `code`
   * `indicator.value_missing` or `indicator.evidence_missing`; `count` is how many entries there are.
   */
  'submission.incomplete': 'The submission is not complete: {count} problem(s) to fix before submitting',
  /** 409: approve refused; `details` hold each evaluator indicator without a rating (`indicator.rating_missing`). */
  'submission.ratings_missing': 'Rate every evaluator indicator before approving: {count} not rated',
  /** 409: an approved submission changes no more. */
  'submission.approved_locked': 'The submission is approved and locked',
  /** 409: a submitted submission is with the reviewers; its agency edits it again once they return it. */
  'submission.with_reviewers':
    'The submission is with the reviewers; it can be edited again if they return it',
  /** 409: agencies edit only while the cycle is open; `status` is the cycle's. */
  'submission.cycle_not_open': 'The cycle is {status}, not open for submissions',
  /** 409: ratings change only while the cycle is open or in review; `status` is the cycle's. */
  'submission.ratings_closed': 'Ratings cannot change while the cycle is {status}',
  /**
   * 409: editing closed at `deadline`, the end of the agency's extension if it has one (`extensionEndsAt`), else
   * the cycle's deadline (`cycleDeadlineAt`).
   */
  'submission.deadline_passed': 'The deadline passed on {deadline}; ask the director for an extension',
  /** 409: returning and approving take a submitted submission; `action` is return or approve. */
  'submission.not_submitted': 'Only a submitted submission can be returned or approved; this one is {status}',
  /** 403: a committee member decided on a whole submission, which only the performance-evaluation committee does. */
  'submission.whole_outside_committee':
    'Only the performance-evaluation committee decides on a whole submission',
  /**
   * 403: a committee member acted on indicators outside the committee's indices; `indicators` are their keys,
   * comma-separated, and `count` their number.
   */
  'submission.indicators_outside_committee': 'Your committee does not review: {indicators}',
  /** 400: values that cannot be saved; `details` name each (`values[i].indicator` or `values[i].value`). */
  'submission.values_invalid': '{count} value(s) cannot be saved',
  /** 400: keys that are not indicators of this cycle; `indicators` are the keys, comma-separated. */
  'submission.unknown_indicators': 'Not indicators of this cycle: {indicators}',
  /** 404: only agency editors have a submission of their own. */
  'submission.no_own_agency': 'Only agency editors have their own submission',
  /** 404: the agency has no submission in the cycle (it joined after the cycle opened). */
  'submission.none_for_agency': 'The agency has no submission in this cycle',
  /** 404: the indicator is not one computed from the training register. */
  'submission.not_training_indicator': '{indicator} is not a computed training indicator',
  /** 409: the evidence is a link, with no file to download. */
  'evidence.is_link': 'This evidence is a link, not a file',
} as const;

/** Problems of one indicator of a submission; `field` is the indicator key, `params` hold `indicator` and `title`. */
export const SUBMISSION_FIELD_PROBLEMS = {
  'indicator.value_missing': 'Needs a value',
  'indicator.evidence_missing': 'Needs evidence',
  'indicator.rating_missing': 'Needs an evaluator rating',
  /** `source` is who fills the indicator: agency, evaluator or computed (the system). */
  'indicator.filled_by_other': 'Filled by {source}, not by you',
} as const;
