import type {
  ApplicationMeasure as ApplicationMeasureView,
  ApplicationView,
  ApplicationWork,
  JurorApplicationView,
} from '@prgauge/contracts';
import { EntityManager, In } from 'typeorm';
import { ApplicationAttachment } from './application-attachment.entity';
import { ApplicationMeasure } from './application-measure.entity';
import { measuresOfApplications } from './application-measures';
import { ApplicationNomination, ContestApplication } from './contest-application.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

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
    authors: a.authors,
    organisations: a.organisations,
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
  const measures = await measuresOfApplications(
    manager,
    applications.map((a) => a.id),
  );
  return applications.map((a) => ({
    ...work(a),
    referenceNumber: a.referenceNumber,
    agencyId: a.agencyId,
    filedBy: a.filedBy,
    contactEmail: a.contactEmail,
    screening: a.screening,
    screeningReason: a.screeningReason,
    personalDataConsentAt: iso(a.personalDataConsentAt),
    personalDataErasedAt: iso(a.personalDataErasedAt),
    measures: measures.filter((m) => m.applicationId === a.id).map(toMeasureView),
  }));
}

/** Applications as a juror sees them: the work and the candidate's name, position and organisation only. */
export async function jurorApplicationViews(
  manager: EntityManager,
  applications: ContestApplication[],
): Promise<JurorApplicationView[]> {
  return applications.map(await applicationWork(manager, applications));
}

/** A measure as organisers and the filer see it. */
export function toMeasureView(m: ApplicationMeasure): ApplicationMeasureView {
  return {
    nominationId: m.nominationId,
    criterionKey: m.criterionKey,
    stated: m.stated,
    verified: m.verified,
    verifiedAt: iso(m.verifiedAt),
    version: m.version,
  };
}
