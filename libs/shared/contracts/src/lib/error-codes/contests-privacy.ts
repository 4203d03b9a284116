/**
 * Personal data in contests: applicants' and voters' consent, and records whose personal data were erased.
 * A conflicted juror gets the generic `record.not_found`, like a missing record, so that a conflict cannot be probed.
 */
export const CONTESTS_PRIVACY_ERRORS = {
  /** The record's personal data were erased; it takes no new files or personal data. */
  'personal_data.erased':
    'The personal data of this record were erased; it takes no new files or personal data',
} as const;

/** Field problems of this area. */
export const CONTESTS_PRIVACY_FIELD_PROBLEMS = {
  /** `personalDataConsent` must be sent as `true`: the application or registration needs the person's consent. */
  'consent.required': 'Consent to the processing of personal data is required',
} as const;
