/** Refusals of the training register: events, their attendance rows, topics and programmes. */
export const TRAINING_ERRORS = {
  /** 403: only directors, national admins and members of the region's training committee change training records. */
  'training.managers_only': "Only the director and the training committee's members manage training records",
  /** 400: an event that breaks the register's rules (dates, topic, committee, programme); `details` name each. */
  'training.event_invalid': 'The training event has {count} problem(s)',
  /**
   * 400: an attendance row that breaks the register's rules: an agency outside the event's region, or more hours
   * than the event's planned hours (`field.too_large` with `max`); `details` name each.
   */
  'training.attendance_invalid': 'The attendance row has {count} problem(s)',
  /** 409: the person was merged into another one; `intoPersonId` names the person who holds the rows now. */
  'training.person_merged': 'The person was merged into another one',
  /** 400: a person cannot be merged with or kept apart from themselves. */
  'training.same_person': 'Choose two different persons',
  /** 400: two persons with different personal ids are two people and cannot be merged. */
  'training.persons_distinct_ids': 'The two persons have different personal ids',
} as const;
