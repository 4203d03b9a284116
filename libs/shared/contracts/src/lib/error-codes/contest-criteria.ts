/**
 * What can be wrong with a measured criterion or one of its values. `criterion` is the criterion's key,
 * `criterionName` its name, `nominationId` the nomination it belongs to; `min` and `max` bound a value.
 */
export const CONTEST_CRITERIA_FIELD_PROBLEMS = {
  /** A measured criterion names no unit or no normalisation. */
  'criterion.measure_incomplete': 'A measured criterion needs its unit and its normalisation',
  /** The application enters a nomination with the measured criterion `criterion` and states no value for it. */
  'application.measure_missing': 'State {criterionName} for this nomination',
  /** A value for `criterion`, which is not a measured criterion of a nomination the application enters. */
  'application.measure_not_asked': 'Not a measured criterion of a nomination this application enters',
  /** A stated or verified value outside `min` to `max`. */
  'measure.out_of_range': 'Must be a number from {min} to {max}',
} as const;
