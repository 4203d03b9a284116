import type { ContestView, NominationView } from '@prgauge/contracts';
import { EntityManager, In } from 'typeorm';
import { FALLBACK_TIME_ZONE, timeZonesOfRegions } from '../../regions/region-time-zone';
import { contestPhase, isVotingOpen } from './contest-phase';
import { Contest } from './contest.entity';
import { Nomination } from './nomination.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toNominationView(n: Nomination): NominationView {
  return {
    id: n.id,
    contestId: n.contestId,
    name: n.name,
    places: n.places,
    criteria: n.criteria,
    scoringMode: n.scoringMode,
    juryShare: n.juryShare,
    commentRequired: n.commentRequired,
    normaliseJurors: n.normaliseJurors,
    prizeAmount: n.prizeAmount,
    prizeCurrency: n.prizeCurrency,
    disagreementThreshold: n.disagreementThreshold,
    tieBreaks: n.tieBreaks,
    version: n.version,
  };
}

/** A contest as clients see it at `now`, with its dates in UTC and the zone of its first region. */
export function toContestView(
  c: Contest,
  nominations: Nomination[],
  now: Date,
  timeZone: string,
): ContestView {
  return {
    id: c.id,
    title: c.title,
    organiser: c.organiser,
    regionIds: c.regionIds,
    year: c.year,
    series: c.series,
    rules: c.rules,
    shape: c.shape,
    phase: contestPhase(c, now),
    votingOpen: isVotingOpen(c, now),
    liveCounts: c.liveCounts,
    applicationsOpenAt: c.applicationsOpenAt.toISOString(),
    applicationsCloseAt: c.applicationsCloseAt.toISOString(),
    judgingStartAt: iso(c.judgingStartAt),
    judgingEndAt: iso(c.judgingEndAt),
    votingStartAt: iso(c.votingStartAt),
    votingEndAt: iso(c.votingEndAt),
    resultsPublishedAt: iso(c.resultsPublishedAt),
    nominations: nominations.filter((n) => n.contestId === c.id).map(toNominationView),
    version: c.version,
    timeZone,
  };
}

/** Contests with their nominations and time zones at `now`, in one query for each. */
export async function contestViews(
  manager: EntityManager,
  contests: Contest[],
  now: Date,
): Promise<ContestView[]> {
  const ids = contests.map((c) => c.id);
  const nominations = ids.length
    ? await manager.find(Nomination, {
        where: { contestId: In(ids) },
        order: { position: 'ASC', createdAt: 'ASC' },
      })
    : [];
  const zones = await timeZonesOfRegions(
    manager,
    contests.map((c) => c.regionIds[0]),
  );
  return contests.map((c) =>
    toContestView(c, nominations, now, zones.get(c.regionIds[0]) ?? FALLBACK_TIME_ZONE),
  );
}
