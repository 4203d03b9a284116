import type { ContestView, NominationView } from '@prgauge/contracts';

/**
 * The contest with a nomination the API answered with: an added one goes last (the API's order), a changed
 * one replaces itself in place.
 */
export function withNomination(contest: ContestView, nomination: NominationView): ContestView {
  const known = contest.nominations.some((n) => n.id === nomination.id);
  return {
    ...contest,
    nominations: known
      ? contest.nominations.map((n) => (n.id === nomination.id ? nomination : n))
      : [...contest.nominations, nomination],
  };
}

/** The contest once a nomination is deleted. */
export function withoutNomination(contest: ContestView, nominationId: string): ContestView {
  return { ...contest, nominations: contest.nominations.filter((n) => n.id !== nominationId) };
}
