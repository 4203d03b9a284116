import type { ContestDateChange, ContestView, NominationView } from '@prgauge/contracts';
import { reasonedChangesOf } from '../../audit/audit-entries';
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
  dateChanges: ContestDateChange[] = [],
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
    dateChanges,
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
  const dateChanges = await dateChangesOf(manager, ids);
  return contests.map((c) =>
    toContestView(
      c,
      nominations,
      now,
      zones.get(c.regionIds[0]) ?? FALLBACK_TIME_ZONE,
      dateChanges.get(c.id) ?? [],
    ),
  );
}

/** The dates of a contest; only their changes are shown beside a reason. */
const DATE_FIELDS = new Set([
  'applicationsOpenAt',
  'applicationsCloseAt',
  'judgingStartAt',
  'judgingEndAt',
  'votingStartAt',
  'votingEndAt',
]);

/** Per contest, the audited updates that moved its dates with a reason (phase integrity), oldest first. */
async function dateChangesOf(
  manager: EntityManager,
  contestIds: string[],
): Promise<Map<string, ContestDateChange[]>> {
  const byContest = new Map<string, ContestDateChange[]>();
  for (const change of await reasonedChangesOf(manager, 'contest', contestIds, 'contest.update')) {
    const fields = change.changes
      .filter((c) => DATE_FIELDS.has(c.field))
      .map((c) => ({ field: c.field, old: dateText(c.old), new: dateText(c.new) }));
    if (fields.length === 0) continue;
    const list = byContest.get(change.entityId) ?? [];
    list.push({ at: change.at.toISOString(), fields, reason: change.reason });
    byContest.set(change.entityId, list);
  }
  return byContest;
}

const dateText = (value: unknown): string | null => (typeof value === 'string' ? value : null);
