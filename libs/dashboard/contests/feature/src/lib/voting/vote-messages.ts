import type { ApiProblem } from '@prgauge/dashboard-data-access';

/**
 * A refused vote in plain words: 403 means the registration is not verified, 409 that this nomination has the
 * person's vote already or that the window is closed; the API's own sentence says which.
 */
export function voteRefusalKey(problem: ApiProblem): string {
  if (problem.status === 403) return 'contests.vote.refused.notVerified';
  if (problem.status === 409)
    return /final/i.test(problem.message) ? 'contests.vote.refused.already' : 'contests.vote.refused.closed';
  if (problem.status === 429) return 'contests.vote.refused.tooMany';
  return 'contests.vote.refused.other';
}
