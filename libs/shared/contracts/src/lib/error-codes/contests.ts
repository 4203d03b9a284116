/**
 * Refusals of contests: their phases, their setup (the contest and its nominations), applications, the jury
 * and the results. Dates are ISO 8601 instants; `phase` is the contest's phase when the request came (see
 * `ContestPhase`). Names of nominations and criteria travel as given, in English where the organisers wrote
 * it and otherwise in the first language they used, beside the id or key that finds them in every language.
 *
 * A missing contest, nomination, application, attachment, registration or juror seat, and one the caller may
 * not see, answers 404 `record.not_found` with `params.record` naming which: `contest`, `nomination`,
 * `application`, `attachment`, `voter`, `voter_document` or `juror`. A juror kept from an application by a
 * conflict of interest gets exactly that answer too, so that a conflict cannot be told from an unknown id.
 */
export const CONTESTS_ERRORS = {
  /**
   * 409: an application, or a file the filer adds to one, outside the application window (`opensAt` to
   * `closesAt`).
   */
  'contest.applications_closed':
    'Applications are accepted only while applications are open ({opensAt} – {closesAt}); the contest is in phase {phase}',
  /**
   * 409: a nomination added, changed or deleted once judging or voting has started. `lockedAt` is when the
   * first of the two started (or starts); `judgingStartAt` (unless the contest is vote-only) and, when voting
   * is scheduled, `votingStartAt` come too.
   */
  'contest.nominations_locked':
    'Nominations can change only before judging and voting start ({lockedAt}); the contest is in phase {phase}',
  /** 409: a score sheet saved outside judging (`judgingStartAt` to `judgingEndAt`). */
  'contest.not_judging':
    'Score sheets are accepted only during judging ({judgingStartAt} – {judgingEndAt}); the contest is in phase {phase}',
  /**
   * 409: publication asked for before judging and voting are both over. `readyAt` is when they are: the end
   * of judging, or of voting when that is later; `judgingEndAt` (unless vote-only) and, when scheduled,
   * `votingEndAt` come too.
   */
  'contest.results_not_ready':
    'Results can be published once judging and voting are over ({readyAt}); the contest is in phase {phase}',
  /**
   * 409: results asked for before they are published; `judgingEndAt` says when judging ends, or in a vote-only
   * contest `votingEndAt` when voting does.
   */
  'contest.results_not_published': 'The results are not published yet; the contest is in phase {phase}',
  /**
   * 409: a change to the contest, its jury or its results after the results were published at
   * `publishedAt`, including a second publication.
   */
  'contest.results_published':
    'The results were published at {publishedAt}; the contest, its jury and its results can no longer change',
  /** 409: running vote counts asked for while the organisers keep them hidden until the results. */
  'contest.live_counts_hidden':
    'Vote counts are hidden until the results are published, unless the organisers show them; the contest is in phase {phase}',
  /**
   * 409: deleting a nomination that has applications; `nominationId` and its name `nomination`, and how many
   * `applications` it has.
   */
  'nomination.has_applications':
    'The nomination {nomination} has {applications} application(s); only a nomination without applications can be deleted',
  /**
   * 404: a file sent to an application filed without an account, with a wrong or missing upload token, or
   * for an application that does not exist: one answer for both, so that ids cannot be probed.
   */
  'application.upload_link_invalid':
    'This upload link does not match an application; use the link given when the application was filed',
  /**
   * 404: an applicant's private link whose token opens no application: mistyped, or the personal data were
   * erased. One answer for both, so that tokens cannot be probed.
   */
  'application.link_invalid':
    'This private link does not open an application; use the link given when the application was filed',
} as const;

/**
 * What can be wrong with one field of a contest, a nomination, an application, a jury seat or a score sheet.
 * `other` names the field a value is checked against and `otherAt` (or `otherDate`) its value; `criterion` is a
 * criterion's key and `criterionName` its name.
 */
export const CONTESTS_FIELD_PROBLEMS = {
  /** A director names a region other than their own. */
  'contest.own_region_only': 'Must be your own region',
  /** An agency editor files for an agency other than their own. */
  'contest.own_agency_only': 'Must be your own agency',
  /** A date that must come after another one (`other`, whose value is `otherAt` or `otherDate`). */
  'contest.date_must_follow': 'Must be after {other}',
  /** A date that must not come before another one (`other`, whose value is `otherAt` or `otherDate`). */
  'contest.date_must_not_precede': 'Must not be before {other}',
  /** Two fields that go together (voting dates, a prize's amount and currency): `other` is the partner. */
  'contest.pair_incomplete': 'Give both this and {other}, or neither',
  /**
   * Phase integrity: a date change that `move`s (`shortens`, `reopens`, `removes`) a phase holding data: `held`
   * (`applications`, `score_sheets`, `votes`), `count` of them. Allowed only with a `dateChangeReason`.
   */
  'contest.date_moves_held_data':
    'This date {move} a phase that already holds {count} {held}; give a reason for the change',
  /** A nomination's criteria share the key `key`. */
  'nomination.duplicate_criterion': 'Criterion keys must differ; {key} appears more than once',
  /** A nomination scored by a jury (`scoringMode` jury or combined) has no criterion. */
  'nomination.criteria_required': 'A jury needs at least one criterion',
  /** An application has its `max` files already. */
  'application.attachments_full': 'An application has at most {max} files',
  /** The account named as a juror is not a juror account of the contest's regions. */
  'jury.not_a_juror_account': "Not a juror account of the contest's regions",
  /** The account sits on the nomination's jury already. */
  'jury.already_seated': 'Is a juror of this nomination already',
  /** A score for `criterion`, which is not a criterion of the nomination. */
  'score.unknown_criterion': 'Not a criterion of this nomination',
  /** A score for `criterion` (named `criterionName`) missing or outside `min` to `max`. */
  'score.out_of_range': 'Must be a number from {min} to {max}',
  /** A vote for an application that is not an accepted application of the nomination. */
  'vote.not_a_candidate': 'Not an accepted application of this nomination',
  /**
   * Figures entered for `year` of a series whose contest of that year is held here: its figures come from
   * that contest, so that a year never has two sets of figures.
   */
  'contest.series_year_held': 'The {year} contest of this series is held here; its figures come from it',
} as const;
