/**
 * Refusals of a vote. Dates are ISO 8601 instants; `phase` is the contest's phase when the vote came
 * (see `ContestPhase`); `status` the voter's registration status.
 */
export const VOTING_ERRORS = {
  /** 403: the voter's registration is pending or refused. */
  'vote.not_verified': 'Only verified voters vote; your registration is {status}',
  /** 409: one vote per voter and nomination, and a vote is final. */
  'vote.already_cast': 'You have voted in this nomination; a vote is final',
  /** 409: the vote came outside the voting window. */
  'vote.closed':
    'Votes are accepted only during voting ({opensAt} – {closesAt}); the contest is in phase {phase}',
} as const;
