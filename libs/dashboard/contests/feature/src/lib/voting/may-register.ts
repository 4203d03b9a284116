import type { SessionStore } from '@prgauge/dashboard-data-access';

/**
 * Whether this person may register to vote: a visitor (registering makes a journalist's account) or someone who
 * votes in their own name (a journalist); anyone else signed in must sign out first, as the API decides.
 */
export function mayRegisterToVote(session: SessionStore): boolean {
  return (
    session.can('contest.voter.register') && (!session.signedIn() || session.canPersonally('contest.vote'))
  );
}
