import type {
  ApplicationView,
  ApplicationWork,
  ContestView,
  JurorApplicationView,
  NominationView,
} from '@prgauge/contracts';
import { EntityManager, In } from 'typeorm';
import { FALLBACK_TIME_ZONE, timeZonesOfRegions } from '../regions/region-time-zone';
import { ApplicationAttachment } from './application-attachment.entity';
import { ApplicationNomination, ContestApplication } from './contest-application.entity';
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
    phase: contestPhase(c, now),
    votingOpen: isVotingOpen(c, now),
    liveCounts: c.liveCounts,
    applicationsOpenAt: c.applicationsOpenAt.toISOString(),
    applicationsCloseAt: c.applicationsCloseAt.toISOString(),
    judgingStartAt: c.judgingStartAt.toISOString(),
    judgingEndAt: c.judgingEndAt.toISOString(),
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

/** The nominations and files of each application, in two queries, and its work as every reader may see it. */
async function applicationWork(
  manager: EntityManager,
  applications: ContestApplication[],
): Promise<(a: ContestApplication) => ApplicationWork> {
  const ids = applications.map((a) => a.id);
  const [entries, attachments] = ids.length
    ? await Promise.all([
        manager.findBy(ApplicationNomination, { applicationId: In(ids) }),
        manager.find(ApplicationAttachment, {
          where: { applicationId: In(ids) },
          order: { createdAt: 'ASC' },
        }),
      ])
    : [[], []];
  // Field by field, never a spread of the entity: whatever is not listed here stays in the database.
  return (a) => ({
    id: a.id,
    contestId: a.contestId,
    candidateName: a.candidateName,
    candidatePosition: a.candidatePosition,
    candidateOrganisation: a.candidateOrganisation,
    nominationIds: entries.filter((e) => e.applicationId === a.id).map((e) => e.nominationId),
    projectTitle: a.projectTitle,
    projectStart: a.projectStart,
    projectEnd: a.projectEnd,
    description: a.description,
    goal: a.goal,
    results: a.results,
    links: a.links,
    attachments: attachments
      .filter((f) => f.applicationId === a.id)
      .map((f) => ({ id: f.id, fileName: f.fileName, mediaType: f.mediaType, sizeBytes: f.sizeBytes })),
    filedAt: a.filedAt.toISOString(),
  });
}

/** Applications as their filer and the contest's organisers see them, contact details included. */
export async function applicationViews(
  manager: EntityManager,
  applications: ContestApplication[],
): Promise<ApplicationView[]> {
  const work = await applicationWork(manager, applications);
  return applications.map((a) => ({
    ...work(a),
    agencyId: a.agencyId,
    filedBy: a.filedBy,
    contactEmail: a.contactEmail,
    screening: a.screening,
    screeningReason: a.screeningReason,
    personalDataConsentAt: iso(a.personalDataConsentAt),
    personalDataErasedAt: iso(a.personalDataErasedAt),
  }));
}

/** Applications as a juror sees them: the work and the candidate's name, position and organisation only. */
export async function jurorApplicationViews(
  manager: EntityManager,
  applications: ContestApplication[],
): Promise<JurorApplicationView[]> {
  return applications.map(await applicationWork(manager, applications));
}
