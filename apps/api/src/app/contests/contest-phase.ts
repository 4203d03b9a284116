import type { ContestPhase } from '@prgauge/contracts';

/** The stored state and dates that decide a contest's phase. */
export interface PhaseDates {
  status: 'draft' | 'announced';
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  judgingStartAt: Date;
  judgingEndAt: Date;
  votingStartAt: Date | null;
  votingEndAt: Date | null;
  resultsPublishedAt: Date | null;
}

/** The phase at `now`; voting runs beside the phases and is answered by {@link isVotingOpen}. */
export function contestPhase(c: PhaseDates, now: Date): ContestPhase {
  if (c.status === 'draft') return 'draft';
  if (c.resultsPublishedAt && c.resultsPublishedAt <= now) return 'results_published';
  if (now < c.applicationsOpenAt) return 'announced';
  if (now < c.applicationsCloseAt) return 'applications_open';
  if (now < c.judgingStartAt) return 'applications_closed';
  if (now < c.judgingEndAt) return 'judging';
  return 'awaiting_results';
}

export function isVotingOpen(c: PhaseDates, now: Date): boolean {
  return (
    c.status === 'announced' &&
    !(c.resultsPublishedAt && c.resultsPublishedAt <= now) &&
    c.votingStartAt !== null &&
    c.votingEndAt !== null &&
    c.votingStartAt <= now &&
    now < c.votingEndAt
  );
}

const window = (from: Date | null, to: Date | null) =>
  from && to ? `${from.toISOString()} to ${to.toISOString()}` : 'not scheduled';

/** Why an application cannot be filed now, or null when it can. */
export function applicationRefusal(c: PhaseDates, now: Date): string | null {
  const phase = contestPhase(c, now);
  return phase === 'applications_open'
    ? null
    : `Applications are accepted only while applications are open (${window(c.applicationsOpenAt, c.applicationsCloseAt)}); the contest is in phase ${phase}`;
}

/** Why a nomination cannot change now, or null when it can: never once judging or voting has started. */
export function nominationEditRefusal(c: PhaseDates, now: Date): string | null {
  const phase = contestPhase(c, now);
  if (phase === 'draft') return null;
  const started = now >= c.judgingStartAt || (c.votingStartAt !== null && now >= c.votingStartAt);
  return phase !== 'results_published' && !started
    ? null
    : `Nominations can change only before judging (starts ${c.judgingStartAt.toISOString()}) and voting (${window(c.votingStartAt, c.votingEndAt)}) start; the contest is in phase ${phase}`;
}

/** Why a score sheet cannot be saved now, or null when it can. */
export function judgingRefusal(c: PhaseDates, now: Date): string | null {
  const phase = contestPhase(c, now);
  return phase === 'judging'
    ? null
    : `Score sheets are accepted only during judging (${window(c.judgingStartAt, c.judgingEndAt)}); the contest is in phase ${phase}`;
}

/** Why a vote cannot be cast now, or null when it can. */
export function votingRefusal(c: PhaseDates, now: Date): string | null {
  return isVotingOpen(c, now)
    ? null
    : `Votes are accepted only during voting (${window(c.votingStartAt, c.votingEndAt)}); the contest is in phase ${contestPhase(c, now)}`;
}

/** Why results cannot be published now, or null when they can: judging and voting must both be over. */
export function publicationRefusal(c: PhaseDates, now: Date): string | null {
  const phase = contestPhase(c, now);
  if (phase === 'results_published') return 'The results are published already';
  const votingOver = c.votingEndAt === null || c.votingEndAt <= now;
  return phase === 'awaiting_results' && votingOver
    ? null
    : `Results can be published only after judging (ends ${c.judgingEndAt.toISOString()}) and voting (${window(c.votingStartAt, c.votingEndAt)}); the contest is in phase ${phase}`;
}

/** Why results are not visible yet, or null when they are. */
export function resultsRefusal(c: PhaseDates, now: Date): string | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published'
    ? null
    : `Results are visible only after publication; the contest is in phase ${phase} (judging ${window(c.judgingStartAt, c.judgingEndAt)})`;
}

/** Why running vote counts are hidden now, or null when they may show: after results, or once organisers turn them on. */
export function liveCountsRefusal(c: PhaseDates & { liveCounts: boolean }, now: Date): string | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published' || c.liveCounts
    ? null
    : `Vote counts are hidden until the results are published, unless the organisers show them; the contest is in phase ${phase}`;
}
