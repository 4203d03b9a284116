import type { ContestPhase, ErrorParamsOf } from '@prgauge/contracts';

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

type PhaseRefusalCode =
  | 'contest.applications_closed'
  | 'contest.nominations_locked'
  | 'contest.not_judging'
  | 'contest.results_not_ready'
  | 'contest.results_not_published'
  | 'contest.results_published'
  | 'contest.live_counts_hidden'
  | 'vote.closed'
  | 'vote.not_scheduled'
  | 'voter.registration_closed';

/**
 * Why the phase refuses a request: a catalogue code, with the phase and the dates (ISO 8601) that explain it.
 * Each kind's params are checked against its own code's text.
 */
export type PhaseRefusal = {
  [C in PhaseRefusalCode]: { code: C; params: ErrorParamsOf<C> };
}[PhaseRefusalCode];

const iso = (date: Date) => date.toISOString();
/** A date param that only exists when the date is scheduled. */
const ifScheduled = (name: string, date: Date | null) => (date ? { [name]: iso(date) } : {});

/** Why nothing may change any more, or null: once the results are published, the contest is final. */
export function resultsPublishedRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published' && c.resultsPublishedAt
    ? { code: 'contest.results_published', params: { phase, publishedAt: iso(c.resultsPublishedAt) } }
    : null;
}

/** Why an application cannot be filed now, or null when it can. */
export function applicationRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'applications_open'
    ? null
    : {
        code: 'contest.applications_closed',
        params: { phase, opensAt: iso(c.applicationsOpenAt), closesAt: iso(c.applicationsCloseAt) },
      };
}

/** Why a nomination cannot change now, or null when it can: never once judging or voting has started. */
export function nominationEditRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  if (phase === 'draft') return null;
  const published = resultsPublishedRefusal(c, now);
  if (published) return published;
  const lockedAt =
    c.votingStartAt !== null && c.votingStartAt < c.judgingStartAt ? c.votingStartAt : c.judgingStartAt;
  return now < lockedAt
    ? null
    : {
        code: 'contest.nominations_locked',
        params: {
          phase,
          lockedAt: iso(lockedAt),
          judgingStartAt: iso(c.judgingStartAt),
          ...ifScheduled('votingStartAt', c.votingStartAt),
        },
      };
}

/** Why a score sheet cannot be saved now, or null when it can. */
export function judgingRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'judging'
    ? null
    : {
        code: 'contest.not_judging',
        params: { phase, judgingStartAt: iso(c.judgingStartAt), judgingEndAt: iso(c.judgingEndAt) },
      };
}

/** Why a vote cannot be cast now, or null when it can. */
export function votingRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  if (isVotingOpen(c, now)) return null;
  const phase = contestPhase(c, now);
  return c.votingStartAt && c.votingEndAt
    ? { code: 'vote.closed', params: { phase, opensAt: iso(c.votingStartAt), closesAt: iso(c.votingEndAt) } }
    : { code: 'vote.not_scheduled', params: { phase } };
}

/** Why journalists cannot register to vote now, or null when they can: until voting is over, and not after results. */
export function voterRegistrationRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published' || !c.votingEndAt || c.votingEndAt <= now
    ? { code: 'voter.registration_closed', params: { phase, ...ifScheduled('votingEndAt', c.votingEndAt) } }
    : null;
}

/** Why results cannot be published now, or null when they can: judging and voting must both be over. */
export function publicationRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const published = resultsPublishedRefusal(c, now);
  if (published) return published;
  const phase = contestPhase(c, now);
  const votingOver = c.votingEndAt === null || c.votingEndAt <= now;
  if (phase === 'awaiting_results' && votingOver) return null;
  const readyAt = c.votingEndAt && c.votingEndAt > c.judgingEndAt ? c.votingEndAt : c.judgingEndAt;
  return {
    code: 'contest.results_not_ready',
    params: {
      phase,
      readyAt: iso(readyAt),
      judgingEndAt: iso(c.judgingEndAt),
      ...ifScheduled('votingEndAt', c.votingEndAt),
    },
  };
}

/** Why results are not visible yet, or null when they are. */
export function resultsRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published'
    ? null
    : { code: 'contest.results_not_published', params: { phase, judgingEndAt: iso(c.judgingEndAt) } };
}

/** Why running vote counts are hidden now, or null when they may show: after results, or once organisers turn them on. */
export function liveCountsRefusal(c: PhaseDates & { liveCounts: boolean }, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published' || c.liveCounts
    ? null
    : { code: 'contest.live_counts_hidden', params: { phase } };
}
