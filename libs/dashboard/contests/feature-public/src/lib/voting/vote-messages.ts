import type { ErrorCode } from '@prgauge/contracts';

/** The ballot's words for a refused vote that its code does not explain further. */
export const VOTE_REFUSED = 'contests.vote.refused.other';

/** The refusals of a vote the ballot explains in its own words, by code. */
const VOTE_REFUSALS: Partial<Record<ErrorCode, string>> = {
  'vote.not_verified': 'contests.vote.refused.notVerified',
  'vote.already_cast': 'contests.vote.refused.already',
  'vote.closed': 'contests.vote.refused.closed',
  'request.too_many': 'contests.vote.refused.tooMany',
};

/**
 * The ballot's own words for a refused vote, by its code: a registration not verified yet, a nomination voted
 * in already, a closed window, too many votes from one address. Null for any other code, which the ballot
 * shows as {@link VOTE_REFUSED} with the refusal's own text.
 */
export function voteRefusalKey(code: ErrorCode): string | null {
  return VOTE_REFUSALS[code] ?? null;
}
