/**
 * Refusals of journalists' registrations to vote, and of votes beyond those in `voting.ts`. Dates are ISO 8601
 * instants; `phase` is the contest's phase when the request came (see `ContestPhase`); `status` a
 * registration's status (see `VoterStatus`). A nomination is named by `nominationId` and its name `nomination`.
 */
export const CONTESTS_VOTERS_ERRORS = {
  /**
   * 409: a registration once voting is over, after the results, or in a contest without voting;
   * `votingEndAt` comes when voting is scheduled.
   */
  'voter.registration_closed': 'This contest takes no more voters; the contest is in phase {phase}',
  /** 403: a signed-in account that is not a journalist's (`role`) asks to register to vote. */
  'voter.journalists_only': 'Only journalists register to vote; sign out to register a new account',
  /** 409: the signed-in journalist is registered for this contest already. */
  'voter.already_registered': 'You are registered for this contest already',
  /** 409: a registration's document changes only while the registration is pending; it is `status`. */
  'voter.document_locked':
    'The registration is {status}; its document can change only while it waits for verification',
  /** 403: a vote from a journalist without a registration for the contest. */
  'vote.not_registered': 'Register to vote in this contest first',
  /** 409: a vote in a contest that has no voting window at all. */
  'vote.not_scheduled': 'This contest has no public vote; the contest is in phase {phase}',
  /** 409: a vote in a nomination decided by the jury alone. */
  'vote.jury_only': 'The nomination {nomination} is decided by the jury alone',
} as const;
