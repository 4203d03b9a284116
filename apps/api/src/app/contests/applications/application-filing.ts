import { ACCEPTED_FILE_KINDS, type Locale } from '@prgauge/contracts';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { regionOfAgency } from '../../agencies/agency-regions.facade';
import { InvalidFieldsException } from '../../common/api-error';
import { DOCUMENT_KINDS } from '../../common/uploads/file-type';
import type { UploadedFile } from '../../common/uploads/read-upload';
import type { UploadPolicy } from '../../common/uploads/upload-policy';
import { ApplicationAttachment } from './application-attachment.entity';
import { checkStatedMeasures, insertStatedMeasures, measuredCriteriaOf } from './application-measures';
import { ApplicationNomination, ContestApplication } from './contest-application.entity';
import { assertPhaseAllows } from '../setup/contest-errors';
import { applicationRefusal } from '../setup/contest-phase';
import { Contest } from '../setup/contest.entity';
import { FileApplicationDto } from './dto/application.dto';
import { peopleDisplay, peopleOfSingleCandidate } from './application-people';
import { countNominationsOfContest } from '../setup/contest-readers';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

/** One file per request, a PDF, an image or an office document of at most 10 MB. */
export const ATTACHMENT_UPLOAD: UploadPolicy = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  maxFiles: 1,
  accept: DOCUMENT_KINDS,
  describe: ACCEPTED_FILE_KINDS.application_file,
};

/** Who filed an application: a signed-in account, or a candidate without one. */
export interface FilingParty {
  filedBy: ContestApplication['filedBy'];
  filerId: string | null;
  contactEmail?: string | null;
  filerIpHash?: string | null;
  uploadTokenHash?: string | null;
  /** The hash of the private link's token, for applications filed without an account. */
  accessTokenHash?: string | null;
  /** The language a candidate without an account filed in. */
  locale?: Locale | null;
}

/** The authors and organisations of a filing, trimmed; from the single-candidate fields when `authors` is absent. */
export function peopleOfFiling(
  body: Pick<
    FileApplicationDto,
    'authors' | 'organisations' | 'candidateName' | 'candidatePosition' | 'candidateOrganisation'
  >,
): Pick<ContestApplication, 'authors' | 'organisations'> {
  if (!body.authors)
    return peopleOfSingleCandidate({
      candidateName: body.candidateName ?? '',
      candidatePosition: body.candidatePosition ?? '',
      candidateOrganisation: body.candidateOrganisation ?? '',
    });
  return {
    authors: body.authors.map((a) => ({ name: a.name.trim(), position: a.position.trim() })),
    organisations: (body.organisations ?? []).map((o) => o.trim()),
  };
}

/**
 * Checks the phase, the nominations, the project dates and the agency, then stores the application with its
 * nominations. The caller holds the transaction; `now` is the clock's reading for the phase and the consent.
 */
export async function insertApplication(
  manager: EntityManager,
  contest: Contest,
  body: Omit<FileApplicationDto, 'filedBy'>,
  filer: FilingParty,
  now: Date,
): Promise<ContestApplication> {
  assertPhaseAllows(applicationRefusal(contest, now));
  const nominationIds = [...new Set(body.nominationIds)];
  const found = await countNominationsOfContest(manager, contest.id, nominationIds);
  if (found !== nominationIds.length)
    throw new InvalidFieldsException([
      {
        field: 'nominationIds',
        code: 'field.unknown_reference',
        problems: ['names a nomination that is not in this contest'],
      },
    ]);
  if (body.projectStart && body.projectEnd && body.projectEnd < body.projectStart)
    throw new InvalidFieldsException([
      {
        field: 'projectEnd',
        code: 'contest.date_must_not_precede',
        params: { other: 'projectStart', otherDate: body.projectStart },
        problems: ['must not be before projectStart'],
      },
    ]);
  const measured = await measuredCriteriaOf(manager, contest.id, nominationIds);
  checkStatedMeasures(measured, body.measures ?? []);
  if (body.agencyId) {
    const agencyRegionId = await regionOfAgency(manager, body.agencyId);
    if (!agencyRegionId || !contest.regionIds.includes(agencyRegionId))
      throw new InvalidFieldsException([
        {
          field: 'agencyId',
          code: 'field.unknown_reference',
          problems: ["is not an agency of the contest's regions"],
        },
      ]);
  }
  const people = peopleOfFiling(body);
  const application = await manager.save(ContestApplication, {
    contestId: contest.id,
    ...people,
    ...peopleDisplay(people.authors, people.organisations),
    agencyId: body.agencyId ?? null,
    filedBy: filer.filedBy,
    filerId: filer.filerId,
    contactEmail: filer.contactEmail ?? null,
    filerIpHash: filer.filerIpHash ?? null,
    uploadTokenHash: filer.uploadTokenHash ?? null,
    accessTokenHash: filer.accessTokenHash ?? null,
    locale: filer.locale ?? null,
    projectTitle: body.projectTitle,
    projectStart: body.projectStart ?? null,
    projectEnd: body.projectEnd ?? null,
    description: body.description,
    goal: body.goal ?? null,
    results: body.results ?? null,
    links: body.links ?? [],
    screening: 'pending',
    screeningReason: null,
    screenedBy: null,
    // The DTO accepts only an explicit true; this is when it was given.
    personalDataConsentAt: now,
    filedAt: now,
    personalDataErasedAt: null,
  });
  await manager.save(
    ApplicationNomination,
    nominationIds.map((nominationId) => ({ applicationId: application.id, nominationId })),
  );
  await insertStatedMeasures(manager, application.id, body.measures ?? []);
  return application;
}

/** Stores a checked file on an application, up to {@link MAX_ATTACHMENTS} of them. */
export async function insertAttachment(
  manager: EntityManager,
  applicationId: string,
  file: UploadedFile,
  uploadedBy: string | null,
): Promise<ApplicationAttachment> {
  if ((await manager.countBy(ApplicationAttachment, { applicationId })) >= MAX_ATTACHMENTS)
    throw new InvalidFieldsException([
      {
        field: 'file',
        code: 'application.attachments_full',
        params: { max: MAX_ATTACHMENTS },
        problems: [`at most ${MAX_ATTACHMENTS} files`],
      },
    ]);
  return manager.save(ApplicationAttachment, {
    applicationId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content,
    uploadedBy,
  });
}
