/**
 * Where an action's record is checked, once the actor's role may do the action at all. Outside its scope a
 * record answers 404 (`not_found`), like a missing one, so that ids of other regions and agencies cannot be
 * probed; the one exception is a committee member without the committee's duty, who gets 403 (`forbidden`),
 * as the API has always answered.
 *
 * - `public`: anyone, signed in or not; no record is checked.
 * - `account`: any signed-in person, on their own session and account; no record is checked.
 * - `signed_in`: any signed-in person holding one of the roles; the API filters what each one sees.
 * - `region`: a record of the actor's region (national admins: every region).
 * - `agency`: as `region`; agency editors only their own agency's records.
 * - `committee`: as `agency`; committee members only where one of their committees of the region has the duty
 *   (the performance-evaluation committee for whole submissions, the training committee for training records).
 * - `filer`: organisers (directors of the record's region, national admins) and, within the region, the person
 *   who filed it (`ownerId`); a juror only with a seat on it (`jurorSeat`).
 * - `jury_seat`: as `region`; only someone holding a jury seat on the record's nomination (`jurorSeat`),
 *   national admins, who hold none, included.
 * - `own`: only the actor's own record (`ownerId`).
 * - `voter`: as `region`; only someone with a verified voter registration in the record's contest
 *   (`verifiedVoter`), 403 otherwise, national admins included.
 */
export type Scope =
  | 'public'
  | 'account'
  | 'signed_in'
  | 'region'
  | 'agency'
  | 'committee'
  | 'filer'
  | 'jury_seat'
  | 'own'
  | 'voter';

/**
 * What the map needs to know about a record, as plain data; the API's and the dashboard's views already carry
 * most of it (`CycleView`, `AgencyView`, `TrainingEventView` have `regionId`; `SubmissionView` and
 * `AttendanceView` have `agencyId`; `ContestView` has `regionIds`). A field left out (undefined) is not checked:
 * the caller does not know it, and the API checks it again.
 */
export interface ResourceScope {
  /** The record's region; null for national records, which only national admins reach. */
  readonly regionId?: string | null;
  /** The regions of a record that spans several (a contest); the actor's region must be one of them. */
  readonly regionIds?: readonly string[];
  /** The agency the record belongs to; agency editors reach only their own. */
  readonly agencyId?: string | null;
  /** The account that filed or owns the record (an application's filer, a voter's account). */
  readonly ownerId?: string | null;
  /** Whether the actor sits on a committee of the record's region that has the duty for it. */
  readonly committeeMember?: boolean;
  /** Whether the actor holds a jury seat on the record's nomination. */
  readonly jurorSeat?: boolean;
  /** Whether the actor holds a verified voter registration in the record's contest. */
  readonly verifiedVoter?: boolean;
}
