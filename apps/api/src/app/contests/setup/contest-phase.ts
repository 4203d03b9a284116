import type { ContestPhase, ErrorParamsOf } from '@prgauge/contracts';

/** The stored state and dates that decide a contest's phase. */
export interface PhaseDates {
  status: 'draft' | 'announced';
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  /** Null in a vote-only contest, whose phases run through its voting window instead. */
  judgingStartAt: Date | null;
  judgingEndAt: Date | null;
  votingStartAt: Date | null;
  votingEndAt: Date | null;
  resultsPublishedAt: Date | null;
}

/**
 * The phase at `now`. A contest with judging goes through judging, and its voting runs beside the phases
 * (answered by {@link isVotingOpen}); a vote-only contest (no judging dates) goes from applications through
 * its voting window to awaiting results.
 */
export function contestPhase(c: PhaseDates, now: Date): ContestPhase {
  if (c.status === 'draft') return 'draft';
  if (c.resultsPublishedAt && c.resultsPublishedAt <= now) return 'results_published';
  if (now < c.applicationsOpenAt) return 'announced';
  if (now < c.applicationsCloseAt) return 'applications_open';
  const [start, end, during] =
    c.judgingStartAt && c.judgingEndAt
      ? [c.judgingStartAt, c.judgingEndAt, 'judging' as const]
      : [c.votingStartAt, c.votingEndAt, 'voting' as const];
  if (start && now < start) return 'applications_closed';
  if (end && now < end) return during;
  return start && end ? 'awaiting_results' : 'applications_closed';
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
  | 'contest.no_judging'
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

/** The earlier of two scheduled dates, or null when neither is. */
const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
/** The later of two scheduled dates, or null when neither is. */
const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

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
  const lockedAt = earliest(c.judgingStartAt, c.votingStartAt);
  return lockedAt === null || now < lockedAt
    ? null
    : {
        code: 'contest.nominations_locked',
        params: {
          phase,
          lockedAt: iso(lockedAt),
          ...ifScheduled('judgingStartAt', c.judgingStartAt),
          ...ifScheduled('votingStartAt', c.votingStartAt),
        },
      };
}

/** Why a score sheet cannot be saved now, or null when it can; a vote-only contest never judges. */
export function judgingRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  if (!c.judgingStartAt || !c.judgingEndAt) return { code: 'contest.no_judging', params: { phase } };
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
  const readyAt = latest(c.judgingEndAt, c.votingEndAt);
  return {
    code: 'contest.results_not_ready',
    params: {
      phase,
      readyAt: readyAt ? iso(readyAt) : '',
      ...ifScheduled('judgingEndAt', c.judgingEndAt),
      ...ifScheduled('votingEndAt', c.votingEndAt),
    },
  };
}

/** Why results are not visible yet, or null when they are. */
export function resultsRefusal(c: PhaseDates, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published'
    ? null
    : {
        code: 'contest.results_not_published',
        params: {
          phase,
          // When the results can come: after judging, or after the voting of a contest without judging.
          ...(c.judgingEndAt
            ? { judgingEndAt: iso(c.judgingEndAt) }
            : ifScheduled('votingEndAt', c.votingEndAt)),
        },
      };
}

/** Why running vote counts are hidden now, or null when they may show: after results, or once organisers turn them on. */
export function liveCountsRefusal(c: PhaseDates & { liveCounts: boolean }, now: Date): PhaseRefusal | null {
  const phase = contestPhase(c, now);
  return phase === 'results_published' || c.liveCounts
    ? null
    : { code: 'contest.live_counts_hidden', params: { phase } };
}
